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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "发布日期： 9/17/2004 5:54:13 AM | 2004-09-17T05:54:13",
        "发布日期： 7/5/2005 9:23:57 PM | 2005-07-05T21:23:57",
        "发布日期：12/1/2004 12:05 AM | 2004-12-01T00:05",
        "日期：17/9/2004 | 2004-09-17",
        "更新时间：9/17/2004 | 2004-09-17",
    })
    void readsSlashedDatesWithTheYearLastWhenTheirOrderIsPlain(String line, String iso) {
        assertThat(PublishTimeParser.fromLabelledText(line, NONE)).map(PublishTime::iso).contains(iso);
    }

    @Test
    void leavesASlashedDateUnreadWhenDayAndMonthCannotBeToldApart() {
        assertThat(PublishTimeParser.fromLabelledText("发表时间：  06/02/2022 - 13:48", NONE)).isEmpty();
    }

    @Test
    void readsADateLabelWithoutAColon() {
        assertThat(PublishTimeParser.fromLabelledText("〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓", NONE))
                .map(PublishTime::iso).contains("2005-03-15T22:36:13");
    }

    @Test
    void readsAForumPostStamp() {
        String stamp = "本贴由大卫于2005年8月12日16:12:21在〖心灵体操（在线心理咨询）〗发表.";
        assertThat(PublishTimeParser.fromLabelledText(stamp, NONE)).map(PublishTime::iso).contains("2005-08-12T16:12:21");
        assertThat(PublishTimeParser.isPostStamp(stamp)).isTrue();
    }

    @Test
    void doesNotTakeASentenceAboutAnEarlierDocumentForAPostStamp() {
        String sentence = "国务院于2023年3月1日发布了《关于进一步优化营商环境的意见》。";
        assertThat(PublishTimeParser.fromLabelledText(sentence, NONE)).isEmpty();
        assertThat(PublishTimeParser.isPostStamp(sentence)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "会议时间：2023年3月1日上午9:00",
        "发行日期：2001年12月14日",
        "出生日期：1976-04-25",
    })
    void aBareTimeOrDateLabelAfterAnotherWordIsNotAPublishTime(String line) {
        assertThat(PublishTimeParser.fromLabelledText(line, NONE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "——《北京之春》1996年6月号 | 1996-06",
        "（原载《求是》2023年第5期） | 2023",
        "《新华文摘》2000年第09期 | 2000",
        "摘自《半月谈》杂志 2021年3月 | 2021-03",
    })
    void readsTheIssueARepostedArticleCites(String line, String iso) {
        assertThat(PublishTimeParser.fromCitation(line, NONE)).map(PublishTime::iso).contains(iso);
    }

    @Test
    void aCitationNeedsABookTitle() {
        assertThat(PublishTimeParser.fromCitation("1996年6月，全市召开工作会议。", NONE)).isEmpty();
    }

    @Test
    void findsTheFirstPublishDateTagAnywhereInTheDocument() {
        var doc = Jsoup.parse("<html><head><meta name=\"keywords\" content=\"2020-01-01\"><meta name=\"pubdate\" content=\"\">"
                + "</head><body><p>x</p><span itemprop=\"datePublished\" datetime=\"2022-02-13\">2月13日</span>"
                + "<meta name=\"publishdate\" content=\"2021-05-05\"></body></html>");
        assertThat(PublishTimeParser.fromMetaTags(doc, NONE)).map(PublishTime::iso).contains("2022-02-13");
    }
}
