package yaowen.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages copied as plain text: chrome above and below, the headline block, credits (sentences written for these tests). */
class PlainTextPageTest {
    private static final ArticleCleaner CLEANER = ArticleCleaner.create();

    private static CleanedArticle clean(String... lines) {
        return CLEANER.clean(FetchedPage.of(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aShortPageWithItsSourceAfterTheBodyIsAnArticle() {
        CleanedArticle a = clean(
                "3月2日上午,示范县第五届人民代表大会第二次会议举行预备会议。",
                "会议通过了大会议程和主席团名单,县人大常委会主任王小明主持会议。",
                "(来源:示范县融媒)",
                "(某某网 李大为 助编 赵小红)",
                "(责任编辑:钱七) [纠错]");
        assertThat(a.text().split("\n")).hasSize(2);
        assertThat(a.text()).startsWith("3月2日上午").doesNotContain("助编", "来源", "纠错");
        assertThat(a.source()).contains("示范县融媒");
        assertThat(a.authors()).isEmpty(); // a reposting site's editors are no authors
        assertThat(a.title()).isEmpty();
    }

    @Test
    void theTitleFollowsTheChromeAndTheDateLineBeatsTheBanner() {
        CleanedArticle a = clean(
                "2019年3月9日| 联系热线:12345678",
                "首页 > 区县新闻 > 正文",
                "示范县召开全县安全生产工作会议",
                "2020-05-06 10:20:30 来源:示范县新闻网",
                "5月6日,示范县召开全县安全生产工作会议,部署下一阶段工作。",
                "(责任编辑:钱七)",
                "合作单位");
        assertThat(a.title()).contains("示范县召开全县安全生产工作会议");
        assertThat(a.publishedAt()).contains("2020-05-06T10:20:30");
        assertThat(a.source()).contains("示范县新闻网");
        assertThat(a.text()).isEqualTo("5月6日,示范县召开全县安全生产工作会议,部署下一阶段工作。");
    }

    @Test
    void anEpaperPageTitlesTheArticleByTheHeadlineItsListNames() {
        CleanedArticle a = clean(
                "第B05版:示范日报 要闻 上一版 下一版",
                "真抓实干 推动全年目标落地见效",
                "示范县春季植树活动启动",
                "返回主页 | 示范晚报 | 标题导航 | 示范日报",
                "上一期 下一期",
                "示范县政府召开全体会议",
                "真抓实干 推动全年目标落地见效",
                "示范县政府召开全体会议",
                "本报讯 4月2日,示范县政府召开全体会议,总结一季度工作。",
                "会议要求,各部门要紧盯目标任务。");
        assertThat(a.title()).contains("真抓实干 推动全年目标落地见效");
        assertThat(a.text()).startsWith("本报讯 4月2日").doesNotContain("上一期", "标题导航", "第B05版", "植树", "全体会议\n");
    }

    @Test
    void aHeadlineOnTwoLinesKeepsTheFirstAndDropsTheSubLine() {
        CleanedArticle a = clean(
                "PDF «上一版 下一版»本期共16版",
                "示范县第十次党代会隆重开幕",
                "王五作报告 赵六主持",
                "",
                "本报讯 记者 李大为6月3日上午,中国共产党示范县第十次代表大会开幕。",
                "大会听取了县委工作报告。");
        assertThat(a.title()).contains("示范县第十次党代会隆重开幕");
        assertThat(a.authors()).containsExactly("李大为");
        assertThat(a.text()).doesNotContain("PDF", "本期共", "赵六主持");
    }

    @Test
    void aSectionHeadingAboveTheFirstParagraphStaysInTheBody() {
        CleanedArticle a = clean(
                "首页 > 规划计划",
                "一、2021年计划执行情况",
                "2021年,全县上下攻坚克难,经济运行总体平稳。");
        assertThat(a.title()).isEmpty();
        assertThat(a.text()).startsWith("一、2021年计划执行情况\n");
    }

    @Test
    void captionsImageNamesAndStandaloneBylinesLeaveTheBody() {
        CleanedArticle a = clean(
                "示范县召开双拥工作表彰大会",
                "发布时间:2022-08-15 09:40 来源:县融媒体中心 阅读次数:352",
                "4月8日,示范县召开双拥工作表彰大会。",
                "a1b2c3d4e5f6.Jpeg",
                "受表彰的先进个人代表",
                "会议现场",
                "会议对先进单位和个人进行了表彰。",
                "大会现场。某某网记者 李大为摄",
                "(王小明 赵小红 记者 李大为)",
                "扫一扫在手机上查看当前页面");
        assertThat(a.text()).isEqualTo("4月8日,示范县召开双拥工作表彰大会。\n会议对先进单位和个人进行了表彰。");
        assertThat(a.authors()).containsExactly("王小明", "赵小红", "李大为");
        assertThat(a.source()).contains("县融媒体中心");
    }

    @Test
    void aDayFirstDottedDateIsThePublishDate() {
        CleanedArticle a = clean("示范区召开区委全委扩大会议", "", "24.02.2015 09:40", "", "2月23日,示范区召开区委全委扩大会议。");
        assertThat(a.title()).contains("示范区召开区委全委扩大会议");
        assertThat(a.publishedAt()).contains("2015-02-24T09:40");
    }

    @Test
    void aTitleGluedToTheFirstSentenceAndARepeatedDeckAreDropped() {
        CleanedArticle a = clean(
                "示范县召开2020年领导班子民主生活会",
                "作者:管理员 更新时间:2022/3/15 09:26:11",
                "示范县召开2020年领导班子民主生活会根据县委的部署,12月26日下午,示范县召开民主生活会。",
                "会上,班子成员逐一进行对照检查。");
        assertThat(a.text()).startsWith("根据县委的部署").doesNotContain("管理员");
        assertThat(a.authors()).isEmpty();

        CleanedArticle deck = clean(
                "第A03版:",
                "示范市召开上半年经济运行新闻发布会",
                "上半年全市地区生产总值增长4.5%,高于全省1.4个百分点。",
                "本报讯 (记者 李大为) 7月26日,示范市召开新闻发布会。",
                "据介绍,上半年全市地区生产总值增长4.5%,高于全省1.4个百分点。");
        assertThat(deck.text()).startsWith("本报讯").doesNotContain("第A03版");
        assertThat(deck.text().split("\n")).hasSize(2);
        assertThat(deck.authors()).containsExactly("李大为");
    }

    @Test
    void trailingPromptsOriginalTitlesAndFootersLeaveTheBody() {
        CleanedArticle a = clean(
                "近日,示范市市长王五带队到示范县调研乡村振兴工作。",
                "王五强调,要扎实推进各项重点工作。",
                "原标题: 王五到示范县调研时强调 扎实推进重点工作",
                "反侵权公告:",
                "关于我们 友情链接 网站声明 联系方式 投稿须知");
        assertThat(a.text()).isEqualTo("近日,示范市市长王五带队到示范县调研乡村振兴工作。\n王五强调,要扎实推进各项重点工作。");
    }

    @Test
    void aLineBrokenInsideASentenceIsJoined() {
        CleanedArticle a = clean(
                "本报讯(记者王小明)今年以来,示范县农业生产稳中有进。",
                "春耕备耕有序推进。全县新建高标准农田、水利设",
                "施、冷链仓储等项目,总投资6.5亿元。",
                "一是抓项目建设。全年实施重点项目120个",
                "今年,全县新开工项目45个,完成投资30亿元。");
        assertThat(a.text()).contains("全县新建高标准农田、水利设施、冷链仓储等项目,总投资6.5亿元。");
        assertThat(a.text()).contains("全年实施重点项目120个\n今年,"); // 今年 opens a paragraph: no fragment
        assertThat(a.authors()).containsExactly("王小明");
    }

    @Test
    void aLineBrokenSeveralTimesIsJoinedOnce() {
        StringBuilder tail = new StringBuilder();
        String[] lines = new String[2 + 300];
        lines[0] = "示范县召开全县农业农村工作会议,部署今年的重点任务。";
        lines[1] = "会议强调。全县上下要抓好粮食生产、乡村建设";
        for (int i = 0; i < 300; i++) {
            lines[2 + i] = "和、产业发展等工作,推进乡村全面振兴。第" + i + "项任务落实到乡镇和部门";
            tail.append("和、产业发展等工作,推进乡村全面振兴。第").append(i).append("项任务落实到乡镇和部门");
        }
        CleanedArticle a = clean(lines);
        assertThat(a.text().split("\n")).hasSize(2);
        assertThat(a.text()).endsWith(tail.toString());
    }

    @Test
    void aPlainTextLeadThatStartsLikeTheTitleWithoutALeadOpeningKeepsItsWords() {
        CleanedArticle a = clean(
                "2023年全县经济运行情况",
                "发布时间:2024-01-20 来源:示范县统计局",
                "2023年全县经济运行情况总体平稳,主要指标好于预期。",
                "全县地区生产总值增长5.1%。");
        assertThat(a.text()).startsWith("2023年全县经济运行情况总体平稳,");
    }

    @Test
    void spacedWordsInsideThePlainTextBodyStayButANavigationRowAfterItGoes() {
        CleanedArticle a = clean(
                "6月3日,示范县召开重点项目推进会,总结前一阶段工作。",
                "抓党建 促脱贫 强基础 惠民生 保稳定",
                "会议要求,各部门要紧盯年度目标,压实工作责任。",
                "出席会议的有 王小明 赵小红 李大为 孙小八 周小九",
                "会议由县委副书记钱小七主持。",
                "网站首页 新闻中心 政务公开 办事服务 互动交流");
        assertThat(a.text()).contains("抓党建 促脱贫 强基础 惠民生 保稳定", "出席会议的有 王小明").doesNotContain("政务公开");
    }

    @Test
    void aDateBannerOnTheCrawlDayIsNoPublishDateButAnEpaperIssueDateIs() {
        java.time.Instant fetched = java.time.Instant.parse("2024-05-01T08:00:00Z");
        String[] page = {"2024年5月1日 星期三", "示范县召开重点项目推进会", "会议要求,各部门要紧盯年度目标,压实工作责任。"};
        CleanedArticle today = CLEANER.clean(new FetchedPage(String.join("\n", page).getBytes(StandardCharsets.UTF_8),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(fetched)));
        assertThat(today.publishedAt()).isEmpty();
        String[] epaper = {"2024年4月30日 星期二", "第A02版:要闻", "示范县召开重点项目推进会", "会议要求,各部门要紧盯年度目标,压实工作责任。"};
        CleanedArticle issue = CLEANER.clean(new FetchedPage(String.join("\n", epaper).getBytes(StandardCharsets.UTF_8),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(fetched)));
        assertThat(issue.publishedAt()).contains("2024-04-30");
    }

    @Test
    void aTraditionalScriptPageComesOutSimplified() {
        CleanedArticle a = clean(
                "搜 索",
                "示範縣召開經濟工作會議",
                "2019-10-08 08:17:42 來源:示範日報 作者:劉小偉",
                "11月11日,示範縣召開經濟工作會議,部署明年經濟工作。",
                "責任編輯:張小義");
        assertThat(a.title()).contains("示范县召开经济工作会议");
        assertThat(a.source()).contains("示范日报");
        assertThat(a.authors()).containsExactly("刘小伟");
        assertThat(a.text()).isEqualTo("11月11日,示范县召开经济工作会议,部署明年经济工作。");
    }

    @Test
    void aNoticeKeepsItsAddresseesItsSignatureAndItsDate() {
        CleanedArticle a = clean(
                "各乡镇人民政府,县直各单位:",
                "为做好节日期间安全生产工作,现将有关事项通知如下:",
                "一、提高思想认识。各地各部门要压紧压实安全生产责任。",
                "二、强化应急值守。节日期间严格落实值班制度。",
                "示范县人民政府办公室",
                "2023年12月22日");
        assertThat(a.text()).startsWith("各乡镇人民政府,县直各单位:\n为做好").endsWith("示范县人民政府办公室\n2023年12月22日");
        assertThat(a.publishedAt()).contains("2023-12-22");
    }

    @Test
    void widgetsUnderTheDateLineAreNoHeadline() {
        CleanedArticle a = clean(
                "示范县召开全县经济工作会议",
                "【字体:大 中 小】",
                "发布时间:2023-01-05 来源:示范县人民政府",
                "更多精彩内容敬请期待",
                "1月4日,示范县召开全县经济工作会议。");
        assertThat(a.title()).contains("示范县召开全县经济工作会议");
    }

    @Test
    void traditionalScriptLabelsAreRecognisedInTheHeader() {
        CleanedArticle a = clean(
                "示範縣召開經濟工作會議",
                "來源:示範日報",
                "11月11日,示範縣召開經濟工作會議,部署明年經濟工作。");
        assertThat(a.title()).contains("示范县召开经济工作会议");
        assertThat(a.source()).contains("示范日报");
        assertThat(a.script()).isEqualTo(CleanedArticle.Script.TRADITIONAL);
    }

    @Test
    void aHeadingWithACommaIsNotJoinedToTheNextParagraph() {
        CleanedArticle a = clean(
                "1月5日,示范县召开全县经济工作会议。",
                "一、坚持稳中求进,推动高质量发展",
                "会上,县长王五作了讲话。");
        assertThat(a.text().split("\n")).hasSize(3);
    }

    @Test
    void aNumberedHeadingAfterAnImageIsNoCaption() {
        CleanedArticle a = clean(
                "一季度,示范县经济运行总体平稳。",
                "图片",
                "一、工业生产增势较好",
                "全县规模以上工业增加值增长7.2%。");
        assertThat(a.text()).isEqualTo("一季度,示范县经济运行总体平稳。\n一、工业生产增势较好\n全县规模以上工业增加值增长7.2%。");
    }

    @Test
    void aCreditLineUnderTheHeadlineNamesTheAuthors() {
        CleanedArticle a = clean(
                "示范县召开全县经济工作会议",
                "2023-01-05 来源:示范日报",
                "本报记者 王小明 通讯员 赵小红",
                "1月4日,示范县召开全县经济工作会议。",
                "更多>>",
                "热点排行");
        assertThat(a.title()).contains("示范县召开全县经济工作会议");
        assertThat(a.authors()).containsExactly("王小明", "赵小红");
        assertThat(a.text()).isEqualTo("1月4日,示范县召开全县经济工作会议。");
    }

    @Test
    void creditWordsAboveTheHeadlineAreNavigation() {
        CleanedArticle a = clean(
                "记者调查",
                "摄影 真我",
                "示范县召开全县经济工作会议",
                "1月4日,示范县召开全县经济工作会议。");
        assertThat(a.title()).contains("示范县召开全县经济工作会议");
        assertThat(a.authors()).isEmpty();
    }

    @Test
    void anExcerptCutBeforeTheFirstFullStopStillHasItsHeadline() {
        CleanedArticle a = clean(
                "示范县召开全县经济工作会议",
                "2023-01-05 来源:示范日报",
                "1月4日,示范县召开全县经济工作会议,总结去年工作,部署今年");
        assertThat(a.title()).contains("示范县召开全县经济工作会议");
        assertThat(a.text()).isEqualTo("1月4日,示范县召开全县经济工作会议,总结去年工作,部署今年");
    }

    @Test
    void aMediumsBylineUnderTheHeadlineEndsAtItsPlaceOfReport() {
        CleanedArticle a = clean(
                "示范市召开全市安全生产工作会议",
                "某某网记者 王小明 通讯员 赵小红 示范报道",
                "1月4日,示范市召开全市安全生产工作会议,部署节日期间安全生产工作。",
                "相关稿件",
                "示范县召开安全生产会议");
        assertThat(a.authors()).containsExactly("王小明", "赵小红");
        assertThat(a.text()).isEqualTo("1月4日,示范市召开全市安全生产工作会议,部署节日期间安全生产工作。");
    }

    @Test
    void aRightsNoticeEndsAShortArticleHoweverLongItIs() {
        String notice = "根据有关法律法规,未经书面许可,任何单位或个人不得转载、摘编本网作品,违者将依法追究责任,";
        CleanedArticle a = clean(
                "1月4日,示范县召开全县经济工作会议。",
                "反侵权公告:",
                notice + notice + notice,
                notice + notice + notice);
        assertThat(a.text()).isEqualTo("1月4日,示范县召开全县经济工作会议。");
    }

    @Test
    void aTableBeforeTheFirstSentenceIsContent() {
        CleanedArticle a = clean(
                "示范县2023年1-5月主要经济指标",
                "发布时间:2023-06-20 来源:示范县统计局",
                "指标 | 绝对值 | 增速",
                "地区生产总值 | 58.6 | 5.2",
                "固定资产投资 | 21.3 | 12.4",
                "注:地区生产总值为季度数据。");
        assertThat(a.title()).contains("示范县2023年1-5月主要经济指标");
        assertThat(a.text()).startsWith("指标 | 绝对值 | 增速\n地区生产总值 | 58.6 | 5.2");
    }

    @Test
    void aHeadlineWithOneFigureIsNoTableRow() {
        CleanedArticle a = clean(
                "一季度 示范县GDP 增长 5.2%",
                "1月4日,示范县统计局发布一季度经济运行情况。");
        assertThat(a.title()).contains("一季度 示范县GDP 增长 5.2%");
    }
}
