package yaowen.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules written for pages copied as plain text must leave ordinary body text of crawled HTML pages alone: name
 * lists, slogan headings, short subheadings, bracketed words, paragraph breaks, a lead that starts like the
 * title, a site's date widget (sentences and names written for these tests).
 */
class HtmlBodyRulesTest {
    private static final ArticleCleaner CLEANER = ArticleCleaner.create();
    private static final String TITLE = "示范县召开重点项目推进会";

    private static CleanedArticle html(String title, Optional<Instant> fetchedAt, String header, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html><head><title>").append(title).append("</title></head><body>")
                .append("<div class=top>").append(header).append("</div><div class=article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        sb.append("</div><div class=footer>版权所有 示范县人民政府</div></body></html>");
        return CLEANER.clean(new FetchedPage(sb.toString().getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty(), fetchedAt));
    }

    private static CleanedArticle html(String... paragraphs) {
        return html(TITLE, Optional.empty(), "", paragraphs);
    }

    private static final String LEAD = "6月3日，示范县召开重点项目推进会，总结前一阶段工作，安排部署下一步任务。";
    private static final String CLOSE = "会议要求，各部门要紧盯年度目标，压实工作责任，确保项目早开工、早投产、早见效。";

    @Test
    void spacedNameListsAndSloganHeadingsStayInAnHtmlBody() {
        CleanedArticle a = html(LEAD, "出席会议的有 王小明 赵小红 李大为 孙小八 周小九", "抓党建 促脱贫 强基础 惠民生 保稳定", CLOSE);
        assertThat(a.text()).contains("出席会议的有 王小明", "抓党建 促脱贫 强基础 惠民生 保稳定");
        CleanedArticle b = html(LEAD, "县领导 王小明 赵小红 李大为 孙小八 周小九", CLOSE);
        assertThat(b.text()).contains("县领导 王小明 赵小红");
    }

    @Test
    void paragraphsOfAnHtmlPageAreNotJoined() {
        CleanedArticle a = html(LEAD, "一是抓项目建设。全年实施重点项目120个", "今年，全县新开工项目45个，完成投资30亿元。", CLOSE);
        assertThat(a.text()).contains("一是抓项目建设。全年实施重点项目120个\n今年，全县新开工项目45个");
    }

    @Test
    void aLeadThatStartsLikeTheTitleKeepsItsWords() {
        CleanedArticle a = html("2023年全县经济运行情况", Optional.empty(), "",
                "2023年全县经济运行情况总体平稳，主要指标好于预期，全县地区生产总值增长5.1%。", CLOSE);
        assertThat(a.text()).startsWith("2023年全县经济运行情况总体平稳，");
    }

    @Test
    void anHtmlLeadThatALaterParagraphQuotesStays() {
        CleanedArticle a = html(LEAD, "全县上下要坚定信心、真抓实干，奋力完成全年目标任务",
                "会议强调，全县上下要坚定信心、真抓实干，奋力完成全年目标任务，为全市大局多作贡献。", CLOSE);
        assertThat(a.text().split("\n")).hasSize(4);
    }

    @Test
    void bracketedWordsInAnHtmlBodyAreNoCredits() {
        CleanedArticle a = html(LEAD, "（试行）", "（扩大）", "（示范县）", "（调研）", "（县长 王小明）", CLOSE);
        assertThat(a.authors()).isEmpty();
        assertThat(a.text()).contains("（试行）", "（扩大）", "（示范县）", "（调研）", "（县长 王小明）");
    }

    @Test
    void aBracketedNameClosingTheArticleIsItsAuthor() {
        CleanedArticle a = html(LEAD, CLOSE, "（李大为）");
        assertThat(a.authors()).containsExactly("李大为");
        assertThat(a.text()).doesNotContain("李大为");
    }

    @Test
    void theSitesTodayWidgetIsNoPublishDate() {
        Instant fetched = Instant.parse("2024-05-01T08:00:00Z");
        CleanedArticle a = html(TITLE, Optional.of(fetched), "<p>2024年5月1日 星期三</p><p>首页 | 新闻中心 | 政务公开</p>", LEAD, CLOSE);
        assertThat(a.publishedAt()).isEmpty();
    }

    @Test
    void shortSubheadingsNamingAScenOrPhotographyStay() {
        CleanedArticle a = html(LEAD, "走进项目建设现场", "工人们正在加紧施工，现场一派繁忙景象。", "美丽乡村摄影", "活动共征集作品300余幅，评出一等奖5名。", CLOSE);
        assertThat(a.text()).contains("走进项目建设现场", "美丽乡村摄影");
    }

    @Test
    void aFooterWordOpeningABodyLineKeepsTheLine() {
        CleanedArticle a = html(LEAD, "合作单位：示范大学", "双方将在人才培养、科研攻关等方面开展全面合作，共建产业研究院。", CLOSE);
        assertThat(a.text()).contains("合作单位：示范大学");
    }

    @Test
    void aVersionNumberIsNoDayFirstDate() {
        CleanedArticle a = html(LEAD, "版本 1.2.2016", "该系统已在全县推广使用，累计办理业务2万余件。", CLOSE);
        assertThat(a.text()).contains("版本 1.2.2016");
    }
}
