package yaowen.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The charset parameter of a Content-Type, read as the regex it replaced reads it. */
class ContentTypeCharsetTest {
    private static final Pattern ORACLE = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    @Test
    void readsTheCharsetParameterAsTheRegexDoes() {
        String[] values = {"text/html; charset=utf-8", "text/html;charset=GBK", "text/html; CHARSET = \"gb2312\"",
            "text/html; charset=\"utf-8\"; q=1", "text/html", "", "charset=", "text/html; charset=;x", "charset = \"",
            "text/html; charsets=utf-8", "text/html; xcharset=big5", "text/html; charset\t=\tutf-8 ",
            "text/html; charset=utf-8\r\n", "charset charset=gbk", "text/html; Charset=ISO-8859-1;", "charset=\"\";charset=a",
            "text/plain; charset=\u00e9x"};
        for (String v : values) {
            Matcher m = ORACLE.matcher(v);
            Optional<String> expected = m.find() ? Optional.of(m.group(1)) : Optional.empty();
            assertThat(HttpPageFetcher.charset(v)).as(v).isEqualTo(expected);
        }
    }
}
