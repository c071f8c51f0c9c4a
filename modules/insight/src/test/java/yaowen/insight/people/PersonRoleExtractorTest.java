package yaowen.insight.people;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.insight.MeetingFacts.Part;
import yaowen.insight.MeetingFacts.Person;
import yaowen.insight.nlp.Segmenter;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class PersonRoleExtractorTest {
    private static final PersonRoleExtractor EXTRACTOR = new PersonRoleExtractor(Segmenter.withNameRecognition());

    @Test
    void readsRolesAndPartsOfTheLeadersOfAMeeting() {
        List<Person> people = EXTRACTOR.extract("祥符区委书记、开封市产城融合示范区党工委书记王彦涛出席会议并讲话,祥符区委副书记、区长张红军主持会议。"
                + "区四大班子领导岳青、张洪伟、卫莹等参加会议。");
        assertThat(people).extracting(Person::name, Person::role, Person::part).containsExactly(
                tuple("王彦涛", "区委书记", Optional.of(Part.SPOKE)),
                tuple("张红军", "区长", Optional.of(Part.PRESIDED)));
        assertThat(people.get(0).roles()).containsExactly("区委书记", "党工委书记");
        assertThat(people.get(1).roles()).containsExactly("区委副书记", "区长");
    }

    @Test
    void givesEveryListedPersonTheSharedPart() {
        List<Person> people = EXTRACTOR.extract("会议由区委常委会主持,区委书记张正濠,区委副书记、区长李涛分别作了讲话。");
        assertThat(people).extracting(Person::name, Person::role, Person::part).containsExactly(
                tuple("张正濠", "区委书记", Optional.of(Part.SPOKE)),
                tuple("李涛", "区长", Optional.of(Part.SPOKE)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "市委副书记、市长黎明主持会议并讲话。|黎明|市长",
            "区委书记陈刚主持并讲话。|陈刚|区委书记",
            "县长杨帆主持召开座谈会并作总结讲话。|杨帆|县长"
    })
    void aChairWhoAlsoSpeaksPresided(String text, String name, String role) {
        assertThat(EXTRACTOR.extract(text)).extracting(Person::name, Person::role, Person::part)
                .containsExactly(tuple(name, role, Optional.of(Part.PRESIDED)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "区委书记樊牛出席并讲话,区委副书记、区长郭炜主持。|樊牛|区委书记|SPOKE|郭炜|区长|PRESIDED",
            "区长张红军主持会议,区委书记王彦涛讲话。|张红军|区长|PRESIDED|王彦涛|区委书记|SPOKE",
            "县委书记刘建国在会上讲话,县长王丽主持会议。|刘建国|县委书记|SPOKE|王丽|县长|PRESIDED",
            "市委书记周伟出席并讲话,市政协主席顾明主持开幕会。|周伟|市委书记|SPOKE|顾明|市政协主席|PRESIDED",
            "县委书记马文出席会议,县委副书记、县长王强作工作报告。|马文|县委书记|ATTENDED|王强|县长|SPOKE",
            "市委书记周立新作讲话,市委副书记、市长陈一鸣主持会议。|周立新|市委书记|SPOKE|陈一鸣|市长|PRESIDED",
            "镇党委书记王建国出席会议并讲话,镇长刘丽主持会议。|王建国|镇党委书记|SPOKE|刘丽|镇长|PRESIDED",
            "县人大常委会主任李国庆主持会议。副县长王海军作报告。|李国庆|县人大常委会主任|PRESIDED|王海军|副县长|SPOKE"
    })
    void readsTwoLeadersAndTheirParts(String text, String name1, String role1, Part part1, String name2, String role2, Part part2) {
        assertThat(EXTRACTOR.extract(text)).extracting(Person::name, Person::role, Person::part).containsExactly(
                tuple(name1, role1, Optional.of(part1)), tuple(name2, role2, Optional.of(part2)));
    }

    @Test
    void leavesOutPeopleWithoutATitle() {
        assertThat(EXTRACTOR.extract("区四大班子领导岳青、张洪伟、卫莹等参加会议。")).isEmpty();
        assertThat(EXTRACTOR.extract("")).isEmpty();
    }

    @Test
    void normalisesTheMainRole() {
        assertThat(PersonRoleExtractor.mainRole(List.of("区委副书记", "区长"))).isEqualTo("区长");
        assertThat(PersonRoleExtractor.mainRole(List.of("区委书记", "党工委书记"))).isEqualTo("区委书记");
        assertThat(PersonRoleExtractor.mainRole(List.of("县委常委", "常务副县长"))).isEqualTo("县委常委");
    }
}
