package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import yaowen.crawler.discovery.Urls;

/**
 * The cuts discovery makes on a list page (links refused as traps, pagination beyond the cap): counted
 * at every check, shown in the site's status, logged once; logged URLs carry no secret. Bodies cut on
 * the wire and decompression bombs are in {@link HostileServerTest}.
 */
@Timeout(30)
class CutsTest {
    @Test
    void trapLinksAndPaginationBeyondTheCapAreCountedEveryCheckAndLoggedOnce() {
        ManualTime time = new ManualTime();
        MemoryFetcher fetcher = new MemoryFetcher(time);
        String list = "http://a.example/news/index.html";
        StringBuilder pages = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            pages.append("<a href=\"index_").append(i).append(".html\">").append(i).append("</a>");
        }
        String trap = "/news/202401/t20240105_1.html?sid=" + "x".repeat(600);
        fetcher.robots("http://a.example:80", "").html(list, CrawlerHttpTest.list(trap).replace("</body>", pages + "</body>"));
        CrawlerSettings settings = CrawlerSettings.builder().minDelayPerHost(Duration.ZERO).maxListPages(3).build();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(Cuts.class);
        log.start();
        logger.addAppender(log);
        try (Crawler crawler = Crawler.builder(settings, List.of(CrawlerHttpTest.site("a", URI.create(list))),
                new CollectingSink(), SeenUrls.inMemory()).fetcher(fetcher).clock(time.clock()).ticker(time).build()) {
            crawler.runOnce();
            assertThat(crawler.cuts()).containsEntry(CutReason.URL_TRAP, 1L).containsEntry(CutReason.LIST_PAGES_CAP, 4L)
                    .containsEntry(CutReason.BODY_CAP, 0L).containsEntry(CutReason.DECOMPRESSED_CAP, 0L);
            crawler.runOnce();
            assertThat(crawler.cuts()).containsEntry(CutReason.URL_TRAP, 2L).containsEntry(CutReason.LIST_PAGES_CAP, 8L);
            SiteStatus status = crawler.siteStatuses().get(0);
            assertThat(status.cuts()).isEqualTo(10);
            assertThat(status.lastCut()).startsWith("list_pages_cap at " + list).contains("maxListPages");
        } finally {
            logger.detachAppender(log);
        }
        List<String> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).contains("site a", "url_trap", list, "1 links", "sid=…", "URL longer than 512")
                .doesNotContain("xxxx");
        assertThat(warnings.get(1)).contains("site a", "list_pages_cap", "4 further list pages");
    }

    @Test
    void urlsInLogsCarryNoUserInfoNorQueryValues() {
        assertThat(Urls.forLog(URI.create("https://user:pw@portal.example:8443/a/b.html?id=7&token=s3cr3t#x")))
                .isEqualTo("https://portal.example:8443/a/b.html?id=…&token=…");
        assertThat(Urls.forLog(URI.create("http://a.example/p?flag"))).isEqualTo("http://a.example/p?…");
        assertThat(SiteCrawler.logSafe("redirect loop at http://a.example/x?key=abc from https://u:p@b.example/y"))
                .isEqualTo("redirect loop at http://a.example/x?key=… from https://b.example/y");
    }
}
