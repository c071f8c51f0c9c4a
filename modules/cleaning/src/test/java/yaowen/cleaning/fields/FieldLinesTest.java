package yaowen.cleaning.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldLinesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "来源: 开封市龙亭区人民政府 发布时间: 2021-01-28 | 开封市龙亭区人民政府",
        "信息来源：县融媒体中心 | 县融媒体中心",
        "发布时间：2022-02-13 来源：新华网 作者：张三 | 新华网",
        "【来源：人民日报】 | 人民日报",
    })
    void readsLabelledSource(String line, String source) {
        assertThat(SourceLine.labelled(line)).contains(source);
    }

    @Test
    void readsSourceFromByline() {
        assertThat(SourceLine.byline("南阳广播电视台 2023-03-17 15:53:20")).contains("南阳广播电视台");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "融媒体记者:李仪佳、乔盈盈 | 李仪佳,乔盈盈",
        "记者 张三 李四 | 张三,李四",
        "（记者 王五 通讯员 赵六） | 王五,赵六",
        "作者：王晓宇 责任编辑：钱七 | 王晓宇",
        "文/图 刘涛 | 刘涛",
        "文/张三 图/李四 | 张三,李四",
    })
    void readsAuthorsButNotEditors(String line, String names) {
        assertThat(AuthorLine.authors(line)).containsExactly(names.split(","));
    }

    @Test
    void editorsAreNotAuthors() {
        assertThat(AuthorLine.authors("责任编辑：钱七 审核：孙八 校对：周九")).isEmpty();
        assertThat(AuthorLine.isCreditLine("责任编辑：钱七")).isTrue();
    }

    @Test
    void readsTrailingCreditAfterTheSourceName() {
        assertThat(AuthorLine.trailingCredit("一镇三街道向开发区递交了目标责任书。(南阳广播电视台 王晓宇 王方方 杜林霞", "南阳广播电视台"))
                .isEqualTo(List.of("王晓宇", "王方方", "杜林霞"));
        assertThat(AuthorLine.trailingCredit("会议(扩大)召开", "")).isEmpty();
        assertThat(AuthorLine.trailingCredit("会议由县政府主持。(县长 王小明)", "")).isEmpty();
        assertThat(AuthorLine.authors("作者:管理员 更新时间:2022/3/15 09:26:11")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "中国共产党开封市龙亭区第十届委员会第九次全体会议召开_开封市龙亭区人民政府 | 中国共产党开封市龙亭区第十届委员会第九次全体会议召开",
        "全区工作会议召开 - 大河网 | 全区工作会议召开",
        "四年前中500万现穷困潦倒__商贸_产业资讯_新浪网 | 四年前中500万现穷困潦倒",
        "统一思想鼓干劲 极限尽责拼发展 ——官庄工区召开全区工作会议 | 统一思想鼓干劲 极限尽责拼发展 ——官庄工区召开全区工作会议",
    })
    void stripsSiteSuffixFromTitles(String title, String expected) {
        assertThat(TitleFinder.stripSuffix(title)).isEqualTo(expected);
    }

    @Test
    void prefersHeadingThatThePageTitleContains() {
        var doc = Jsoup.parse("<title>县委召开经济工作会议|示范县人民政府</title><h2>热点</h2><h1>县委召开经济工作会议</h1>");
        assertThat(TitleFinder.find(doc)).contains("县委召开经济工作会议");
    }

    @Test
    void aTitleClassOrIdMarksAHeadingButABigContainerIsNoHeading() {
        String filler = "会议强调要坚持稳中求进工作总基调。".repeat(20);
        var doc = Jsoup.parse("<title>县委召开经济工作会议_示范县人民政府</title><div class=\"list_title\">县委召开经济工作会议 " + filler
                + "</div><div id=\"ArticleTitle\">县委召开经济工作会议</div>");
        assertThat(TitleFinder.find(doc)).contains("县委召开经济工作会议");
        var byClass = Jsoup.parse("<title>县委召开经济工作会议 - 大河网</title><p class=\"BT\">县委召开经济工作会议</p>");
        assertThat(TitleFinder.find(byClass)).contains("县委召开经济工作会议");
    }

    @Test
    void aTitleMetaTagIsTrustedBeforeThePageTitle() {
        var doc = Jsoup.parse("<meta name=\"ArticleTitle\" content=\"县委召开经济工作会议\"><title>首页</title><p>正文</p>");
        assertThat(TitleFinder.find(doc)).contains("县委召开经济工作会议");
        var og = Jsoup.parse("<meta property=\"og:title\" content=\"全区工作会议召开\"><title>全区工作会议召开 - 大河网</title>");
        assertThat(TitleFinder.find(og)).contains("全区工作会议召开");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "来源:示范新闻网 • 2022-08-16 11:05:41 | 示范新闻网",
        "来源:示范网2025-09-21 07:46 | 示范网",
        "来源:示范县政府网 浏览次数:25 | 示范县政府网",
        "来源:示范日报字体:大 中 小 | 示范日报",
        "来源:示范网 浏览 12次 | 示范网",
        "来源:示范网(记者 王小明) | 示范网",
    })
    void aSourceCarriesNoLeftovers(String line, String source) {
        assertThat(SourceLine.labelled(line)).contains(source);
    }

    @Test
    void anEmptySourceLabelBeforeAWidgetNamesNoSource() {
        assertThat(SourceLine.labelled("发布日期:2018-10-23 16:37 来源: 分享到:")).isEmpty();
    }

    @Test
    void readsTheSiteNamedWithItsWebAddress() {
        assertThat(SourceLine.siteWithDomain("示范网 example.com.cn 时间: 2012-06-08")).contains("示范网");
        assertThat(SourceLine.siteWithDomain("发布时间: 2011-04-15")).isEmpty();
    }

    @Test
    void readsStandaloneBracketedCredits() {
        assertThat(BylineCredits.standaloneCredit("(王小明 赵小红 记者 李大为)")).contains(List.of("王小明", "赵小红", "李大为"));
        assertThat(BylineCredits.standaloneCredit("(全媒记者 王小明 通讯员 赵小红 报道)")).contains(List.of("王小明", "赵小红"));
        assertThat(BylineCredits.standaloneCredit("(某某网 李大为 助编 赵小红)")).contains(List.of());
        assertThat(BylineCredits.standaloneCredit("(会议纪要)")).isEmpty();
        assertThat(BylineCredits.standaloneCredit("示范日报全媒体记者 王小明 赵小红")).contains(List.of("王小明", "赵小红"));
        assertThat(BylineCredits.standaloneCredit("市领导看望慰问新闻记者")).isEmpty();
        assertThat(BylineCredits.standaloneCredit("(一)")).isEmpty();
        assertThat(BylineCredits.standaloneCredit("(上接第一版)")).isEmpty();
        assertThat(BylineCredits.standaloneCredit("(王小明 赵小红)")).contains(List.of("王小明", "赵小红"));
        assertThat(BylineCredits.standaloneCredit("(记者 李大为)")).contains(List.of("李大为"));
        assertThat(BylineCredits.standaloneCredit("(李大为 摄)")).contains(List.of("李大为"));
    }

    /** A bracketed word in a body (a draft's status, a meeting's kind, a place, an office) is no credit. */
    @Test
    void bracketedWordsWithoutALabelAreNoCredits() {
        for (String line : List.of("（试行）", "（扩大）", "（示范县）", "（调研）", "（县长 王小明）", "(王小明)", "(示范区 新城区)",
                "(节选 摘要)")) {
            assertThat(BylineCredits.standaloneCredit(line)).as(line).isEmpty();
        }
        // where an article signs off, one bracketed name is its author's
        assertThat(BylineCredits.standaloneCredit("(王小明)", true)).contains(List.of("王小明"));
        assertThat(BylineCredits.standaloneCredit("(调研)", true)).isEmpty();
        assertThat(BylineCredits.standaloneCredit("(示范县)", true)).isEmpty();
    }

    @Test
    void readsLeadCredits() {
        assertThat(BylineCredits.leadCredit(List.of("本报讯(记者 王小明 通讯员 赵小红 李大为)春节刚过,示范县召开大会。")))
                .containsExactly("王小明", "赵小红", "李大为");
        assertThat(BylineCredits.leadCredit(List.of("某某网示范2月28日电 (记者李大为)2月28日,示范区人代会开幕。")))
                .containsExactly("李大为");
        assertThat(BylineCredits.leadCredit(List.of("本报讯 记者 王小明8月23日上午,示范县党代会开幕。"))).containsExactly("王小明");
        assertThat(BylineCredits.leadCredit(List.of("本报讯 记者从市统计局获悉,一季度经济平稳。"))).isEmpty();
        assertThat(BylineCredits.leadCredit(List.of("本报讯 记者 王小明 通讯员 赵小红 报道:1月5日,示范县召开大会。")))
                .containsExactly("王小明", "赵小红");
        assertThat(BylineCredits.leadCredit(List.of("本报讯 记者 王小明 近日,示范县召开大会。"))).containsExactly("王小明");
    }

    @Test
    void aTrailingCreditDropsAnOrganisationWithItsLabel() {
        assertThat(AuthorLine.trailingCredit("大会听取了工作报告。(示范日报全媒体记者 王小明 赵小红)", ""))
                .containsExactly("王小明", "赵小红");
    }

    @Test
    void newerEditorTitlesAreCreditLines() {
        assertThat(AuthorLine.isCreditLine("总监制:钱七")).isTrue();
        assertThat(AuthorLine.isCreditLine("■记者 王小明")).isTrue();
        assertThat(AuthorLine.isCreditLine("统筹推进疫情防控和经济社会发展")).isFalse();
        assertThat(AuthorLine.isCreditLine("(责编:钱七、孙八)")).isTrue();
        assertThat(AuthorLine.authors("助编:钱七")).isEmpty();
    }

    @Test
    void aMonthRangeIsNoDate() {
        assertThat(PublishTimeParser.firstDate("2023年1-5月全县经济运行情况", java.util.Optional.empty())).isEmpty();
        assertThat(PublishTimeParser.firstDate("2023年1月5日", java.util.Optional.empty()).map(PublishTime::iso))
                .contains("2023-01-05");
    }

    @Test
    void readsDayFirstDottedDates() {
        assertThat(PublishTimeParser.firstDate("24.02.2015 09:40", java.util.Optional.empty()).map(PublishTime::iso))
                .contains("2015-02-24T09:40");
        assertThat(PublishTimeParser.firstDate("21.11.2017", java.util.Optional.empty()).map(PublishTime::iso))
                .contains("2017-11-21");
        assertThat(PublishTimeParser.firstDate("05.03.2016 15:30", java.util.Optional.empty()).map(PublishTime::iso))
                .contains("2016-03-05T15:30");
    }

    /** Day and month cannot be told apart in 1.2.2016 without a time after it; a version number looks the same. */
    @Test
    void anAmbiguousDottedNumberIsNoDate() {
        assertThat(PublishTimeParser.firstDate("版本 1.2.2016", java.util.Optional.empty())).isEmpty();
        assertThat(PublishTimeParser.firstDate("3.1.2023年", java.util.Optional.empty())).isEmpty();
        assertThat(yaowen.cleaning.boilerplate.ChromeLines.classify("版本 1.2.2016"))
                .isEqualTo(yaowen.cleaning.boilerplate.ChromeLines.Kind.BODY);
    }

    @Test
    void readsAuthorsFromSpansGluedWithoutSpaces() {
        assertThat(AuthorLine.authors("发布时间：2023-04-12 16:20来源：示范区政府办公室作者：王小明字号：大 中 小"))
                .containsExactly("王小明");
        assertThat(AuthorLine.authors("来源：示范县融媒体中心作者：王小明 赵小红字号：大 中 小")).containsExactly("王小明", "赵小红");
        assertThat(AuthorLine.authors("新闻记者节当天")).isEmpty();
    }

    @Test
    void siteAccountsAreNoAuthors() {
        assertThat(AuthorLine.authors("作者：admin 发布时间：2023-01-05")).isEmpty();
        assertThat(AuthorLine.authors("作者：本站")).isEmpty();
    }

    @Test
    void readsTheOrganisationAfterTheDateOfAMobileByline() {
        assertThat(SourceLine.byline("2023-02-14示范市发展和改革委员会")).contains("示范市发展和改革委员会");
        assertThat(SourceLine.byline("2023-02-14镇党委召开述职评议会")).isEmpty();
        assertThat(SourceLine.labelled("发布机构：示范区发展和改革委员会")).contains("示范区发展和改革委员会");
        assertThat(SourceLine.afterDate("发布时间：2023-02-14 示范县人民政府")).contains("示范县人民政府");
        assertThat(SourceLine.labelled("稿源：示范日报")).contains("示范日报");
    }
}
