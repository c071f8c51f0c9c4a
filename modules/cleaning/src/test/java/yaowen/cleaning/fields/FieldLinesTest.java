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
}
