package yaowen.insight;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A page that states no year in its text or publish date is dated by its URL path (/202305/t20230508_…). */
class MetricYearFromUrlTest {
    private static final InsightExtractor EXTRACTOR = InsightExtractor.load();

    @Test
    void takesTheYearOfAReleaseFromItsUrl() {
        ArticleText article = new ArticleText(Optional.empty(), "一季度,全县实现地区生产总值56.3亿元,同比增长5.2%。",
                Optional.empty(), Optional.empty(), Optional.of("http://tjj.example.gov.cn/tjxx/202305/t20230508_1001.html"),
                Optional.empty());
        assertThat(EXTRACTOR.extract(article).metrics()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.year()).contains(2023));
    }

    @Test
    void anAnnualMeetingFiledInSpringReviewsTheYearBefore() {
        ArticleText article = new ArticleText(Optional.of("县第十七届人民代表大会第二次会议开幕"),
                "3月28日,县第十七届人民代表大会第二次会议开幕。县长代表县人民政府作政府工作报告。报告指出,过去一年,"
                        + "全县完成地区生产总值189.2亿元,同比增长5.6%。",
                Optional.empty(), Optional.empty(), Optional.of("https://www.example.gov.cn/xwzx/zwyw/202303/t20230330_78.html"),
                Optional.empty());
        assertThat(EXTRACTOR.extract(article).metrics()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.year()).contains(2022));
    }
}
