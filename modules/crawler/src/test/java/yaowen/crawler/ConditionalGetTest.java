package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Conditional GET against a real HTTP server that keeps validators the way nginx does: Last-Modified
 * and an ETag made of the file's modification second and size, 304 when If-None-Match matches.
 */
@Timeout(60)
class ConditionalGetTest {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** A list page with nginx-like validators of one-second resolution. */
    static final class ListPage {
        volatile String html;
        volatile long mtimeSecond;
        final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

        String etag() {
            return "\"" + Long.toHexString(mtimeSecond) + "-"
                    + Long.toHexString(html.getBytes(StandardCharsets.UTF_8).length) + "\"";
        }

        void handle(HttpExchange ex) throws IOException {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            requests.add(Map.of("If-None-Match", inm == null ? "" : inm, "If-Modified-Since", ims == null ? "" : ims));
            ex.getResponseHeaders().set("Date", HTTP_DATE.format(Instant.now()));
            ex.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(Instant.ofEpochSecond(mtimeSecond)));
            ex.getResponseHeaders().set("ETag", etag());
            if (etag().equals(inm)) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Test
    void aPageRewrittenInTheSecondItWasServedIsFetchedInFullNextTime() throws Exception {
        ListPage page = new ListPage();
        try (TestServer server = new TestServer()) {
            server.robots("").route("/news/index.html", page::handle)
                    .html("/news/202401/t20240105_1.html", "<p>一</p>").html("/news/202401/t20240105_2.html", "<p>二</p>");
            page.html = CrawlerHttpTest.list("/news/202401/t20240105_1.html");
            page.mtimeSecond = Instant.now().getEpochSecond();
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(CrawlerHttpTest.FAST, List.of(CrawlerHttpTest.site("a",
                    server.uri("/news/index.html"))), sink, SeenUrls.inMemory())) {
                crawler.runOnce();
                // rewritten within the same second, same size: same Last-Modified, same ETag
                page.html = CrawlerHttpTest.list("/news/202401/t20240105_2.html");
                crawler.runOnce();
            }
            assertThat(page.requests).hasSize(2);
            assertThat(page.requests.get(1)).containsEntry("If-None-Match", "").containsEntry("If-Modified-Since", "");
            assertThat(sink.urls()).containsExactly(server.uri("/news/202401/t20240105_1.html").toString(),
                    server.uri("/news/202401/t20240105_2.html").toString());
        }
    }

    @Test
    void keepsTheValidatorsOfAPageModifiedWellBeforeItWasServed() throws Exception {
        ListPage page = new ListPage();
        try (TestServer server = new TestServer()) {
            server.robots("").route("/news/index.html", page::handle)
                    .html("/news/202401/t20240105_1.html", "<p>一</p>");
            page.html = CrawlerHttpTest.list("/news/202401/t20240105_1.html");
            page.mtimeSecond = Instant.now().getEpochSecond() - 3600;
            CollectingSink sink = new CollectingSink();
            try (Crawler crawler = new Crawler(CrawlerHttpTest.FAST, List.of(CrawlerHttpTest.site("a",
                    server.uri("/news/index.html"))), sink, SeenUrls.inMemory())) {
                crawler.runOnce();
                crawler.runOnce();
                assertThat(crawler.hostReports().get(0).notModified()).isEqualTo(1);
            }
            assertThat(page.requests).hasSize(2);
            assertThat(page.requests.get(1)).containsEntry("If-None-Match", page.etag())
                    .containsEntry("If-Modified-Since", HTTP_DATE.format(Instant.ofEpochSecond(page.mtimeSecond)));
            assertThat(sink.urls()).hasSize(1);
        }
    }

    @Test
    void judgesValidatorsByTheResponseDateOrElseTheFetchTime() {
        Instant now = Instant.parse("2024-01-05T08:00:10Z");
        Optional<String> date = Optional.of("Fri, 05 Jan 2024 08:00:10 GMT");
        assertThat(ListSchedule.validatorsSafe(Optional.of("Fri, 05 Jan 2024 08:00:10 GMT"), date, now)).isFalse();
        assertThat(ListSchedule.validatorsSafe(Optional.of("Fri, 05 Jan 2024 08:00:08 GMT"), date, now)).isFalse();
        assertThat(ListSchedule.validatorsSafe(Optional.of("Fri, 05 Jan 2024 08:00:07 GMT"), date, now)).isTrue();
        // the server's clock, not ours: its Date says the page was just written
        assertThat(ListSchedule.validatorsSafe(Optional.of("Fri, 05 Jan 2024 07:00:00 GMT"),
                Optional.of("Fri, 05 Jan 2024 07:00:01 GMT"), now)).isFalse();
        assertThat(ListSchedule.validatorsSafe(Optional.of("Fri, 05 Jan 2024 08:00:09 GMT"), Optional.empty(), now)).isFalse();
        assertThat(ListSchedule.validatorsSafe(Optional.of("Fri, 05 Jan 2024 07:59:00 GMT"), Optional.empty(), now)).isTrue();
        assertThat(ListSchedule.validatorsSafe(Optional.empty(), date, now)).isTrue();
        assertThat(ListSchedule.validatorsSafe(Optional.of("yesterday"), date, now)).isTrue();
    }
}
