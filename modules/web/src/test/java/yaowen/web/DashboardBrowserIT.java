package yaowen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.records.Meeting;
import yaowen.records.Region;
import yaowen.stores.ArticleStore;
import yaowen.stores.duckdb.DuckDbStore;

/**
 * The dashboard in a real browser (headless Chromium from Debian's package; .ci/run installs it): the
 * page renders the store's meetings, its polling script redraws the table with a meeting stored after the
 * page was served (only its script can show that one), and text from the store stays text.
 */
@Tag("integration")
@Timeout(120)
class DashboardBrowserIT {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("YAOWEN_CHROMIUM", "/usr/bin/chromium"));

    @TempDir
    Path profile;

    @Test
    void showsMeetingsAndPicksUpNewOnesWithoutAReload() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (apt-get install chromium, or set YAOWEN_CHROMIUM)");
        Region longting = Region.newBuilder().setCode("410202").setName("龙亭区").setPath(List.of("河南省", "开封市", "龙亭区")).build();
        try (DuckDbStore store = DuckDbStore.inMemory();
             WebServer server = new WebServer(addingAfterFirstRender(store, longting), 0).start()) {
            store.upsertMeeting(Meeting.newBuilder().setKey("410202|2021-01-27|PLENARY_SESSION").setArticleId("a1")
                    .setUrl("http://www.longting.gov.cn/1.html").setTypes(List.of("PLENARY_SESSION"))
                    .setName("区委十届九次全会<b>加粗</b>").setDate(LocalDate.of(2021, 1, 27)).setRegion(longting).build());

            String dom = finish(chromium(server.uri().toString()));

            assertThat(dom).contains("河南省开封市龙亭区");
            assertThat(dom).as("the script redrew the table").contains("meetings · updated");
            assertThat(dom).as("a meeting stored after page load").contains("全区工作会议");
            assertThat(dom).as("store text is escaped, not markup").contains("区委十届九次全会&lt;b&gt;加粗&lt;/b&gt;")
                    .doesNotContain("<b>加粗</b>");
        }
    }

    /** The store as the server sees it: a second meeting appears right after the page's first render. */
    static ArticleStore addingAfterFirstRender(ArticleStore store, Region region) {
        AtomicInteger reads = new AtomicInteger();
        return (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(), new Class<?>[] {ArticleStore.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("recentMeetings") && reads.incrementAndGet() == 1) {
                        store.upsertMeeting(Meeting.newBuilder().setKey("410202|2021-02-03|WORK_CONFERENCE").setArticleId("a2")
                                .setUrl("http://www.longting.gov.cn/2.html").setTypes(List.of("WORK_CONFERENCE"))
                                .setName("全区工作会议").setDate(LocalDate.of(2021, 2, 3)).setRegion(region).build());
                    }
                    return result;
                });
    }

    private Process chromium(String url) throws IOException {
        return new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=12000", "--dump-dom", url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String finish(Process browser) throws Exception {
        byte[] out = browser.getInputStream().readAllBytes();
        assertThat(browser.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
