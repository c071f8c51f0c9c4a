package yaowen.analytics;

/** The offices a region's leadership timeline follows. */
public enum Office {
    /** 书记 of the region's Party committee (区委书记, 县委书记, 市委书记 …). */
    PARTY_SECRETARY("党委书记", "Party secretary"),
    /** Head of the region's government (区长, 县长, 市长, 省长, their acting 代 forms). */
    GOVERNMENT_HEAD("政府首长", "Government head"),
    /** Director of the region's people's congress standing committee (人大常委会主任). */
    CONGRESS_DIRECTOR("人大常委会主任", "People's congress director"),
    /** Chair of the region's CPPCC committee (政协主席). */
    CPPCC_CHAIR("政协主席", "CPPCC chair");

    private final String chinese;
    private final String english;

    Office(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
