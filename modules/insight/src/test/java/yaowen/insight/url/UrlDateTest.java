package yaowen.insight.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The date content systems file a page under, read from its URL path. */
class UrlDateTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://www.example.gov.cn/xwzx/202510/t20251025_7162467.html|2025|10|25",
            "http://sanjinmedia.example.com/lvliang/2020-02-28/12679.html|2020|2|28",
            "http://zzwb.example.cn/html/2016-10/21/content_779442.htm|2016|10|21",
            "http://bj.example.com.cn/n2/2021/0419/c82839-34683031.html|2021|4|19",
            "http://news.example.com/a/20190906/7720526_0.shtml|2019|9|6",
            "http://61.129.0.41/html/2019-03/13/content_43181.htm|2019|3|13",
            "https://www.example.gov.cn/zwxx/202309/t20230928_12391182_wap.html|2023|9|28"
    })
    void readsTheDateAPageIsFiledUnder(String url, int year, int month, int day) {
        assertThat(UrlDate.of(Optional.of(url))).hasValueSatisfying(d -> {
            assertThat(d.year()).isEqualTo(year);
            assertThat(d.month()).contains(month);
            assertThat(d.day()).contains(day);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.example.gov.cn/jrsd/1916573.html",
            "http://www.example.org.cn/news/detail-1228.html",
            "http://www.example.gov.cn/html/1/m/2/151/161/250/179/59139.html",
            "http://2020.example.com/news/18472.html"
    })
    void findsNoDateInIds(String url) {
        assertThat(UrlDate.of(Optional.of(url))).isEmpty();
    }

    @Test
    void readsAnIssueYearWithoutMonth() {
        assertThat(UrlDate.of(Optional.of("http://www.example.com/2017-45/news-2-2.html")))
                .hasValueSatisfying(d -> {
                    assertThat(d.year()).isEqualTo(2017);
                    assertThat(d.month()).isEmpty();
                    assertThat(d.date()).isEmpty();
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://www.example.gov.cn/art/2023/3/5/art_1229_1.html|2023|3|5",
            "http://www.example.gov.cn/xw/25/0428/12.html|2025|4|28"
    })
    void readsUnpaddedAndTwoDigitYearPaths(String url, int year, int month, int day) {
        assertThat(UrlDate.of(Optional.of(url)).flatMap(UrlDate.Stated::fullDate))
                .contains(LocalDate.of(year, month, day));
    }

    @Test
    void aMonthAloneIsNoDay() {
        UrlDate.Stated month = UrlDate.of(Optional.of("http://www.example.gov.cn/xw/202304/1234.html")).orElseThrow();
        assertThat(month.fullDate()).isEmpty();
        assertThat(month.date()).contains(LocalDate.of(2023, 4, 1));
        assertThat(UrlDate.of(Optional.empty())).isEmpty();
    }
}
