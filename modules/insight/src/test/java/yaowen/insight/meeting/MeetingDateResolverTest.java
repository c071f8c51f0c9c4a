package yaowen.insight.meeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingDateResolverTest {

    @ParameterizedTest(name = "{0} published {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "1月27日,祥符区召开三级干部会议。|2023-01-28|2023-01-27",
            "2月13日上午,宛城区三级干部会议召开。|2025-02-14|2025-02-13",
            "12月29日,江阴市委经济工作会议召开。|2024-01-03|2023-12-29",
            "12月31日下午,县委常委会召开会议。|2024-01-01|2023-12-31",
            "2022年12月28日,县委经济工作会议召开。|2023-01-05|2022-12-28",
            "一月九日,临洮县召开全县经济工作会议。|2023-01-10|2023-01-09",
            "317日,官庄工区召开全区工作会议。|2023-03-17|2023-03-17",
            "昨天,全县工作会议召开。|2023-03-17|2023-03-16"
    })
    void resolvesTheLeadDateAgainstThePublicationDate(String lead, LocalDate published, LocalDate expected) {
        assertThat(MeetingDateResolver.resolve(lead, Optional.of(published), Optional.empty())).contains(expected);
    }

    @Test
    void rollsADecemberMeetingBackBeforeItsPlanYearWithoutPublicationDate() {
        assertThat(MeetingDateResolver.resolve("12月28日,区委经济工作会议召开。", Optional.empty(), Optional.of(2024)))
                .contains(LocalDate.of(2023, 12, 28));
        assertThat(MeetingDateResolver.resolve("1月27日,祥符区召开三级干部会议。", Optional.empty(), Optional.of(2023)))
                .contains(LocalDate.of(2023, 1, 27));
    }

    @Test
    void ignoresImpossibleDatesAndDigitsThatCannotBeAMonthAndDay() {
        assertThat(MeetingDateResolver.resolve("2月30日,会议召开。", Optional.of(LocalDate.of(2023, 3, 1)), Optional.empty())).isEmpty();
        assertThat(MeetingDateResolver.resolve("999日,会议召开。", Optional.of(LocalDate.of(2023, 3, 1)), Optional.empty())).isEmpty();
        assertThat(MeetingDateResolver.resolve("近日,会议召开。", Optional.of(LocalDate.of(2023, 3, 1)), Optional.empty())).isEmpty();
        assertThat(MeetingDateResolver.resolve("1月27日,会议召开。", Optional.empty(), Optional.empty())).isEmpty();
    }
}
