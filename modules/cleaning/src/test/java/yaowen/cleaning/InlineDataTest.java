package yaowen.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import yaowen.cleaning.charset.CharsetDetector;

class InlineDataTest {

    @Test
    void dropsDataPayloadsInAttributesAndStyleUrls() {
        String html = "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"图\">"
                + "<img src=data:image/gif;base64,R0lGOD== class=x>"
                + "<img srcset=\"data:image/png;base64,AAAA 1x, /b.png 2x\">"
                + "<div style=\"background:url('data:image/png;base64,BBBB') no-repeat\">"
                + "<div style='background:url(DATA:image/png;base64,CCCC)'>";
        assertThat(InlineData.strip(html)).isEqualTo("<img src=\"data:,\" alt=\"图\">"
                + "<img src=data:, class=x>"
                + "<img srcset=\"data:, 1x, /b.png 2x\">"
                + "<div style=\"background:url('data:,') no-repeat\">"
                + "<div style='background:url(DATA:,)'>");
    }

    @Test
    void dropsBodiesOfScriptsStylesSvgAndComments() {
        String html = "<head><style>p{color:red}</style><script type=\"text/javascript\">var a = '<p>不是正文</p>';</script></head>"
                + "<body><!-- 注释 <p>也不是</p> --><svg viewBox=\"0 0 1 1\"><text>图中字</text></svg><svg/>"
                + "<noscript><p>请启用脚本</p></noscript><p>会议指出，data: 在正文里保留。</p></body>";
        assertThat(InlineData.strip(html)).isEqualTo("<head><style></style><script type=\"text/javascript\"></script></head>"
                + "<body><svg viewBox=\"0 0 1 1\"></svg><svg/>"
                + "<noscript></noscript><p>会议指出，data: 在正文里保留。</p></body>");
    }

    @Test
    void keepsTextOfRawTextElementsAndTagLookalikes() {
        String html = "<title>县委召开<script>会议</title><textarea><style>留言</textarea>"
                + "<p>a < b 且 <!doctype x> <a title='x > y' href=\"/d?data:1\">链接</a></p>";
        assertThat(InlineData.strip(html)).isSameAs(html);
    }

    @Test
    void anUnclosedScriptRunsToTheEndAsTheParserReadsIt() {
        assertThat(InlineData.strip("<p>正文</p><script>var x = 1; <p>后面")).isEqualTo("<p>正文</p><script>");
        assertThat(InlineData.strip("<img src=\"data:image/png;base64,AAAA")).isEqualTo("<img src=\"data:,");
        assertThat(InlineData.strip("<p>正文<")).isEqualTo("<p>正文<");
    }

    /** Stripping removes only what the cleaner ignores: the test pages clean the same either way. */
    @ParameterizedTest
    @ValueSource(strings = {"trs-wcm/t20230127_1234.html", "hanweb/art_2023_3_17.html", "old-table/gov-2005.html",
            "gbk-county/undeclared-gbk.html", "big5-site/undeclared-big5.html"})
    void cleaningResultDoesNotChange(String resource) throws IOException {
        byte[] body;
        try (InputStream in = InlineDataTest.class.getResourceAsStream("/pages/" + resource)) {
            body = in.readAllBytes();
        }
        CharsetDetector.Detection d = CharsetDetector.detectForDecoding(body, Optional.empty());
        Charset cs = d.charset().charset();
        String stripped = InlineData.strip(d.text());
        ArticleCleaner cleaner = ArticleCleaner.create();
        CleanedArticle before = cleaner.clean(new FetchedPage(body, Optional.empty(), Optional.empty(), Optional.empty()));
        CleanedArticle after = cleaner.clean(new FetchedPage(stripped.getBytes(cs), Optional.empty(),
                Optional.of("text/html; charset=" + cs.name()), Optional.empty()));
        assertThat(after.text()).isEqualTo(before.text());
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(after.publishedAt()).isEqualTo(before.publishedAt());
        assertThat(after.source()).isEqualTo(before.source());
        assertThat(after.authors()).isEqualTo(before.authors());
    }

    @Test
    void emptiesOverLongAttributeValuesAndKeepsShorterOnes() {
        String huge = "x".repeat(InlineData.MAX_ATTRIBUTE_CHARS + 1);
        String fits = "y".repeat(InlineData.MAX_ATTRIBUTE_CHARS);
        assertThat(InlineData.strip("<div class=\"" + huge + "\" title='" + fits + "' id=" + huge + ">正文</div>"))
                .isEqualTo("<div class=\"\" title='" + fits + "' id=>正文</div>");
    }

    @Test
    @Timeout(10)
    void linearOnManyItemsAndOneHugeOne() {
        StringBuilder sb = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        while (sb.length() < 10_000_000) {
            sb.append("<img src=\"data:image/png;base64,").append("A".repeat(200)).append("\"><script>x()</script><!-- c -->");
            expected.append("<img src=\"data:,\"><script></script>");
        }
        sb.append("<p style=\"background:url(data:image/png;base64,").append("B".repeat(10_000_000)).append(")\">正文</p>");
        expected.append("<p style=\"\">正文</p>"); // over MAX_ATTRIBUTE_CHARS: the whole value goes
        assertThat(InlineData.strip(sb.toString())).isEqualTo(expected.toString());
    }
}
