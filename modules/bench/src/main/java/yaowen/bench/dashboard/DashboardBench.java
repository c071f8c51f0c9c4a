package yaowen.bench.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yaowen.stores.ArticleStore;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.stores.postgres.PostgresStore;
import yaowen.web.WebServer;

/**
 * {@code yaowen bench dashboard}: the analyst's first view and filtered queries, over HTTP against the real web
 * server, on a store of N generated meetings and M metrics, on DuckDB (a file) and PostgreSQL.
 *
 * <p>The first view is what the dashboard's start page asks for, one request after the other as a slow browser
 * would: the page and its assets, the vocabulary, the region tree, the first page of meetings. Each scenario is
 * timed once cold (the first request after the server started) and then {@code --repeat} times; the median and
 * the worst of the repeats are reported.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"First view and filtered API queries over HTTP against a generated store",
                "(default 10,000 meetings and 100,000 metrics) on DuckDB and PostgreSQL."})
public final class DashboardBench implements Callable<Integer> {
    /** The requests of the start page, in the order the page makes them. */
    static final List<String> FIRST_VIEW = List.of("/", "/assets/app.js", "/assets/app.css", "/assets/echarts.min.js",
            "/api/vocabulary", "/api/regions", "/api/meetings?limit=50");

    /** Filtered queries an analyst makes, by name. */
    static final Map<String, String> QUERIES = Map.of(
            "metrics: city + indicator + year + kind", "/api/metrics?region=4102&indicator=GDP&year=2024&kind=ACTUAL&limit=50",
            "metrics: province + text search", "/api/metrics?region=42&q=%E7%A8%8E%E6%94%B6&limit=50",
            "meetings: city + type + dates", "/api/meetings?region=4305&type=ECONOMIC_WORK_CONFERENCE&from=2021-01-01&to=2023-12-31",
            "targets vs outcomes: one county", "/api/targets?region=410203",
            "compare: GDP growth 2024 across a province", "/api/compare?indicator=GDP&year=2024&region=41",
            "series: a county's GDP growth", "/api/series?region=410203&indicator=GDP&measure=GROWTH");

    @Option(names = "--meetings", defaultValue = "10000", description = "Meetings generated (default ${DEFAULT-VALUE}).")
    int meetings;

    @Option(names = "--metrics", defaultValue = "100000", description = "Metrics generated (default ${DEFAULT-VALUE}).")
    int metrics;

    @Option(names = "--repeat", defaultValue = "20", description = "Timed repeats after the cold request (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--postgres-url", description = "A scratch PostgreSQL database (its Yaowen tables are emptied);"
            + " default $YAOWEN_TEST_PG_URL; none: DuckDB only.")
    String postgresUrl = System.getenv("YAOWEN_TEST_PG_URL");

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("yaowen-bench-dashboard");
        Path file = dir.resolve("bench.duckdb");
        DuckDbStore.open(file).close();
        long started = System.nanoTime();
        long rows;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            rows = new StoreGenerator(42).fill(c, meetings, metrics);
        }
        System.err.printf("DuckDB: %,d rows generated in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
        System.out.printf("Store: %,d meetings, %,d metrics (%,d rows in all); %d repeats after a cold request.%n%n",
                meetings, metrics, rows, repeat);
        System.out.println("| store | scenario | cold ms | median ms | worst ms | bytes |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        try (DuckDbStore duck = DuckDbStore.open(file)) {
            measure("DuckDB (file)", duck);
        }
        if (postgresUrl != null && !postgresUrl.isBlank()) {
            try (PostgresStore pg = PostgresStore.connect(postgresUrl)) {
                try (Connection c = DriverManager.getConnection(postgresUrl)) {
                    try (Statement st = c.createStatement()) {
                        st.execute("TRUNCATE article, meeting, meeting_person, meeting_source, metric, metric_evidence");
                    }
                    started = System.nanoTime();
                    new StoreGenerator(42).fill(c, meetings, metrics);
                    try (Statement st = c.createStatement()) {
                        st.execute("ANALYZE");
                    }
                    System.err.printf("PostgreSQL: generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
                }
                measure("PostgreSQL (local)", pg);
            }
        } else {
            System.out.println("(PostgreSQL skipped: give --postgres-url or set YAOWEN_TEST_PG_URL)");
        }
        return 0;
    }

    private void measure(String name, ArticleStore store) throws Exception {
        try (WebServer server = new WebServer(store.reader(), 0).start()) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            URI base = server.uri();
            print(name, "first view (" + FIRST_VIEW.size() + " requests in a row)", time(http, base, FIRST_VIEW));
            for (Map.Entry<String, String> q : new java.util.TreeMap<>(QUERIES).entrySet()) {
                print(name, q.getKey(), time(http, base, List.of(q.getValue())));
            }
        }
    }

    /** Cold time, then {@link #repeat} times; each time is the whole list of requests one after the other. */
    private Timing time(HttpClient http, URI base, List<String> paths) throws Exception {
        long[] nanos = new long[repeat + 1];
        long bytes = 0;
        for (int r = 0; r <= repeat; r++) {
            long start = System.nanoTime();
            bytes = 0;
            for (String path : paths) {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                            + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
                bytes += response.body().length;
            }
            nanos[r] = System.nanoTime() - start;
        }
        long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(warm);
        return new Timing(nanos[0] / 1e6, warm[warm.length / 2] / 1e6, warm[warm.length - 1] / 1e6, bytes);
    }

    private static void print(String store, String scenario, Timing t) {
        System.out.printf("| %s | %s | %.0f | %.0f | %.0f | %,d |%n", store, scenario, t.coldMs, t.medianMs, t.worstMs, t.bytes);
    }

    private record Timing(double coldMs, double medianMs, double worstMs, long bytes) {
    }
}
