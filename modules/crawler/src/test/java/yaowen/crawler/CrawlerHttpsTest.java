package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.crawler.fetch.TestCertificates;
import yaowen.crawler.fetch.TlsServer;

/**
 * The crawler as built for production (its own network fetcher) over HTTPS: a site whose certificate
 * is issued by a CA the crawler is told to trust is crawled; without that trust it is refused, and
 * the check says why in words. {@code localhost} may resolve to ::1 first, where nothing listens:
 * the fetcher then falls back to 127.0.0.1.
 */
@Timeout(30)
class CrawlerHttpsTest {
    @TempDir
    Path dir;

    @Test
    void crawlsAnHttpsSiteOnlyWithTheTrustItWasGiven() throws Exception {
        TestCertificates.Identity ca = TestCertificates.authority("Provincial Test CA");
        Path caPem = TestCertificates.pem(dir, "ca", ca.certificate());
        String article = "/news/202401/t20240105_1.html";
        try (TlsServer server = new TlsServer(TestCertificates.server("localhost", ca))) {
            server.page("/robots.txt", "").page("/news/index.html", CrawlerHttpTest.list(article));
            URI list = URI.create("https://localhost:" + server.port() + "/news/index.html");
            List<SiteConfig> sites = List.of(CrawlerHttpTest.site("a", list));

            CollectingSink sink = new CollectingSink();
            CrawlerSettings trusting = CrawlerHttpTest.FAST.toBuilder().trustedCertificates(List.of(caPem)).build();
            try (Crawler crawler = new Crawler(trusting, sites, sink, SeenUrls.inMemory())) {
                assertThat(crawler.runOnce().newArticles()).isEqualTo(1);
            }
            assertThat(sink.urls()).containsExactly("https://localhost:" + server.port() + article);

            try (Crawler untrusting = new Crawler(CrawlerHttpTest.FAST, sites, new CollectingSink(), SeenUrls.inMemory())) {
                assertThat(untrusting.checkListPage(list).problem())
                        .isEqualTo("ROBOTS_DEFERRED: robots.txt of https://localhost:" + server.port()
                                + " unavailable: TLS: certificate not trusted (self-signed or unknown issuer) (localhost)");
            }
        }
    }
}
