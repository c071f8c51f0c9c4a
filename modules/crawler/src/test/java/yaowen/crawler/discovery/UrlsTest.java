package yaowen.crawler.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

    @ParameterizedTest
    @CsvSource({
            "HTTP://WWW.Gov.CN:80/a/./b/../c.html#frag, http://www.gov.cn/a/c.html",
            "https://www.gov.cn:443, https://www.gov.cn/",
            "http://127.0.0.1:8080/x?uid=1&pageNum=2, http://127.0.0.1:8080/x?uid=1&pageNum=2",
    })
    void canonicalisesUrls(String in, String out) {
        assertThat(Urls.canonical(URI.create(in)).toString()).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"javascript:void(0)", "mailto:a@b.cn", "ftp://a.gov.cn/x", "'http://a b.cn/%%'", "''"})
    void ignoresNonHttpHrefs(String href) {
        assertThat(Urls.parseHttp(href)).isEmpty();
    }
}
