package yaowen.cleaning.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishTimeParserTest {
    private static final Optional<Instant> NONE = Optional.empty();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "发布时间：2021-01-28 | 2021-01-28",
        "来源: 开封市龙亭区人民政府 发布时间: 2021-01-28 | 2021-01-28",
        "发布时间:2023-03-01 19:55:07 | 2023-03-01T19:55:07",
        "发布日期：2021年01月28日 19:55 | 2021-01-28T19:55",
        "发表时间：2005/3/11 12:12 | 2005-03-11T12:12",
        "【时间：2022-02-13】 | 2022-02-13",
        "日期：2004.12.10 | 2004-12-10",
    })
    void readsLabelAnchoredDates(String line, String iso) {
        assertThat(PublishTimeParser.fromLabelledText(line, NONE)).map(PublishTime::iso).contains(iso);
    }

    @Test
    void ignoresUnlabelledDatesInLabelledMode() {
        assertThat(PublishTimeParser.fromLabelledText("1月27日，会议回顾2020年12月1日的工作", NONE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://www.kaifeng.gov.cn/xwzx/202301/t20230127_1234.html | 2023-01-27",
        "https://www.example.gov.cn/art/2023/1/27/art_123_456.html | 2023-01-27",
        "http://www.news.cn/local/2023-01/27/c_1129317.htm | 2023-01-27",
        "http://example.com/news/2005/0321/244339.shtml | 2005-03-21",
    })
    void readsCmsUrlDates(String url, String iso) {
        assertThat(PublishTimeParser.fromUrl(url, NONE)).map(PublishTime::iso).contains(iso);
    }

    @Test
    void neverReturnsATimeAfterTheFetch() {
        Optional<Instant> fetched = Optional.of(Instant.parse("2021-01-27T00:00:00Z"));
        assertThat(PublishTimeParser.fromLabelledText("发布时间：2021-01-28", fetched)).isEmpty();
        assertThat(PublishTimeParser.fromLabelledText("发布时间：2021-01-26", fetched)).isPresent();
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(PublishTimeParser.fromLabelledText("发布时间：2021-02-30", NONE)).isEmpty();
        assertThat(PublishTimeParser.fromLabelledText("发布时间：2021-13-01", NONE)).isEmpty();
    }

    @Test
    void readsPublishDateMetaTags() {
        var doc = Jsoup.parse("<html><head><meta name=\"PubDate\" content=\"2023-01-27 10:31\"></head><body></body></html>");
        assertThat(PublishTimeParser.fromMetaTags(doc, NONE)).map(PublishTime::iso).contains("2023-01-27T10:31");
        var og = Jsoup.parse("<meta property=\"article:published_time\" content=\"2022-02-13T20:04:17+08:00\">");
        assertThat(PublishTimeParser.fromMetaTags(og, NONE)).map(PublishTime::iso).contains("2022-02-13T20:04:17");
    }
}
