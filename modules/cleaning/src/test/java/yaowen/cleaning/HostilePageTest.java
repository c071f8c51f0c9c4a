package yaowen.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.cleaning.CleaningException.Reason;

/**
 * Pages written to hurt the cleaner (issue 13's hostile-input suite): each case has one asserted outcome, in
 * bounded time, with no stack overflow, no entity expansion and nothing read from outside the page.
 */
class HostilePageTest {
    private static final ArticleCleaner CLEANER = ArticleCleaner.create();
    private static final String FIRST = "3月2日，区政府召开常务会议，研究部署春季农业生产工作。";
    private static final String SECOND = "会议要求，各部门要压实责任，确保各项任务按期完成。";
    private static final String ARTICLE = "<div class=content><p>" + FIRST + "</p><p>" + SECOND + "</p></div>";

    private static CleanedArticle clean(String html) {
        return CLEANER.clean(FetchedPage.of(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @Timeout(20)
    void aFiftyMegabytePageIsRefusedAsTooLargeBeforeDecoding() {
        byte[] page = new byte[50 * 1024 * 1024];
        byte[] para = ("<p>" + FIRST + "</p>\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + para.length <= page.length; i += para.length) {
            System.arraycopy(para, 0, page, i, para.length);
        }
        assertThatThrownBy(() -> CLEANER.clean(FetchedPage.of(page)))
                .isInstanceOfSatisfying(CleaningException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    @Timeout(30)
    void aFiftyMegabytePageUnderARaisedCapIsCutAtTheParseBudget() {
        StringBuilder sb = new StringBuilder("<html><head><title>区政府召开常务会议</title></head><body><div class=content>");
        String para = "<p>" + FIRST + "</p>\n";
        while (sb.length() < 21_000_000) { // > 50 MB in UTF-8
            sb.append(para);
        }
        byte[] page = sb.append("</div></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        assertThat(page.length).isGreaterThan(50_000_000);

        CleanedArticle a = ArticleCleaner.withMaxBytes(64 * 1024 * 1024).clean(FetchedPage.of(page));

        assertThat(a.text()).startsWith(FIRST).hasSizeLessThan(ArticleCleaner.MAX_PARSE_CHARS);
    }

    @Test
    @Timeout(20)
    void aHundredThousandDeepNestingIsWalkedWithoutOverflowingTheStack() {
        String html = "<html><body>" + "<div>".repeat(100_000) + ARTICLE + "</div>".repeat(100_000) + "</body></html>";

        assertThat(clean(html).text()).contains(FIRST, SECOND);
    }

    @Test
    @Timeout(20)
    void invalidUtf8BytesAmidTheArticleLeaveTheTextReadable() {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes(("<html><head><meta charset=utf-8><title>常务会议</title></head><body><div class=content><p>" + FIRST)
                .getBytes(StandardCharsets.UTF_8));
        page.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xE2, (byte) 0x82});
        page.writeBytes(("</p><p>" + SECOND + "</p></div></body></html>").getBytes(StandardCharsets.UTF_8));

        CleanedArticle a = CLEANER.clean(FetchedPage.of(page.toByteArray()));

        assertThat(a.text()).contains(FIRST, SECOND);
    }

    @Test
    @Timeout(20)
    void nulCharactersInTheMarkupAndTextAreDroppedNotKept() {
        String nav = "<ul>" + "<li><a href=\"/news/list.html\">新闻中心</a></li>".repeat(40) + "</ul>";
        String html = "<html><body>\u0000" + nav + "<div class=content><p>3月2日，区政府\u0000召开常务会议，研究部署春季农业生产工作。</p>"
                + "<p\u0000>" + SECOND + "</p></div></body></html>";

        CleanedArticle a = clean(html);

        assertThat(a.text()).contains("区政府召开常务会议", SECOND).doesNotContain("\u0000");
    }

    @Test
    @Timeout(20)
    void hugeAttributesDoNotHideTheArticle() {
        String html = "<html><body><div class=\"" + "x ".repeat(2_000_000) + "\" title=\"" + "题".repeat(500_000) + "\""
                + " data-a=1".repeat(50_000) + ">" + ARTICLE + "</div></body></html>";

        assertThat(clean(html).text()).contains(FIRST, SECOND);
    }

    @Test
    @Timeout(20)
    void xxeAndBillionLaughsInAnXhtmlPageAreNeverExpanded() {
        StringBuilder dtd = new StringBuilder("<!ENTITY xxe SYSTEM \"file:///etc/hostname\">\n<!ENTITY lol \"lol\">\n");
        String previous = "lol";
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
            previous = "lol" + i;
        }
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html [\n" + dtd + "]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>区政府召开常务会议</title></head><body>"
                + "<div class=content><p>" + FIRST + "&lol9;&xxe;</p><p>" + SECOND + "</p></div></body></html>";

        CleanedArticle a = CLEANER.clean(new FetchedPage(xhtml.getBytes(StandardCharsets.UTF_8), java.util.Optional.empty(),
                java.util.Optional.of("application/xhtml+xml"), java.util.Optional.empty()));

        assertThat(a.text()).contains(FIRST, SECOND).doesNotContain("lollol").hasSizeLessThan(1_000);
    }

    @Test
    @Timeout(20)
    void aFiveMegabyteDataImageInAStyleBeforeTheArticleKeepsItsText() {
        String html = "<html><body><div style=\"background:url(data:image/jpeg;base64," + "/9j/4AAQSkZJRgABAQ".repeat(300_000)
                + ")\"></div>" + ARTICLE + "</body></html>";
        assertThat(html.length()).isGreaterThan(5_000_000);

        assertThat(clean(html).text()).contains(FIRST, SECOND);
    }
}
