package yaowen.analytics;

/** Whether a target was met, in the analyst's words. */
public enum Verdict {
    /** The outcome reached the target (for a ceiling, stayed within it). */
    MET("完成", "Met"),
    /** The outcome fell short of the target (for a ceiling, exceeded it). */
    MISSED("未完成", "Missed"),
    /** No outcome reported yet for the target's year. */
    PENDING("待公布", "Pending");

    private final String chinese;
    private final String english;

    Verdict(String chinese, String english) {
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
