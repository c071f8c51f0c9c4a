package yaowen.crawler.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {
    /** The regular expression the hand-written check replaced: the oracle. */
    private static final Pattern ORACLE = Pattern.compile("(art_\\d+_\\d+|t\\d{8}_\\d+|content_\\d+|post_\\d+)\\.s?html?");

    @Test
    void readsTheCmsIdAsThePatternItReplaced() {
        String[] stems = {"art_1234_5678", "ART_1_2", "art_1_", "art__2", "art_1_2_3", "t20230127_123", "T20230127_1",
            "t2023012_1", "t20230127_", "t20230127x1", "content_99", "content_", "Content_7", "post_1", "post_x", "a1",
            "index", "", "art_1_2.s"};
        String[] exts = {".html", ".htm", ".shtml", ".shtm", ".HTML", ".xhtml", ".pdf", "", ".html/"};
        for (String stem : stems) {
            for (String ext : exts) {
                URI url = URI.create("http://x.gov.cn/a/" + stem + ext);
                String last = (stem + ext).toLowerCase(Locale.ROOT);
                if (last.endsWith("/")) {
                    last = "";
                }
                Matcher m = ORACLE.matcher(last);
                Optional<String> expected = m.matches() ? Optional.of(m.group(1)) : Optional.empty();
                assertThat(ArticleIdentity.cmsId(url)).as(stem + ext).isEqualTo(expected);
            }
        }
    }
}
