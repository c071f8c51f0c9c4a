package yaowen.bench.crawl;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import yaowen.crawler.CrawlReport;
import yaowen.crawler.Crawler;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.HostReport;
import yaowen.crawler.SeenUrls;
import yaowen.crawler.SiteConfig;
import yaowen.crawler.fetch.AddressGuard;
import yaowen.crawler.fetch.HttpPageFetcher;
import yaowen.crawler.fetch.PageFetcher;
import yaowen.crawler.fetch.TlsOptions;

/**
 * One transport of {@link TransportBench} in a child JVM of its own (fresh JIT, heap and threads):
 * the crawler over {@code hosts} HTTPS hosts, politely, with the given {@link PageFetcher}. Round 1
 * is cold (a TLS handshake per host; robots.txt, the list page and its articles, the host delay
 * between requests); then the kept connections are dropped, and round 2 re-checks every list page
 * with conditional GET (a new TLS connection and a 304 each, as a check minutes after the last one
 * meets in production). Prints one line per round: time, requests, process CPU per request, threads, heap.
 */
public final class TransportRun {
    private TransportRun() {
    }

    /** Arguments: transport (http1, jdk, okhttp), hosts, per-host delay ms, parallel sites, port. */
    public static void main(String[] args) throws Exception {
        String transport = args[0];
        int hosts = Integer.parseInt(args[1]);
        int delayMs = Integer.parseInt(args[2]);
        int parallelism = Integer.parseInt(args[3]);
        int port = Integer.parseInt(args[4]);
        CrawlerSettings settings = CrawlerSettings.builder().allowPrivateAddresses(true).parallelism(parallelism)
                .minDelayPerHost(Duration.ofMillis(delayMs)).timeout(Duration.ofSeconds(30))
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<SiteConfig> sites = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            sites.add(new SiteConfig("h" + i, "host " + i, Optional.empty(),
                    List.of(URI.create("https://" + TransportBench.hostName(i) + ":" + port + "/news/index.html"))));
        }
        PageFetcher fetcher = switch (transport) {
            case "http1" -> new HttpPageFetcher(settings.userAgent(), settings.connectTimeout(), settings.timeout(),
                    settings.maxPageBytes(), new AddressGuard(true), TlsOptions.DEFAULT, Clock.systemUTC());
            case "jdk" -> new LibraryFetchers.Jdk(settings.userAgent(), settings.connectTimeout(), settings.timeout(),
                    settings.maxPageBytes());
            case "okhttp" -> new LibraryFetchers.OkHttp(settings.userAgent(), settings.connectTimeout(),
                    settings.timeout(), settings.maxPageBytes(), parallelism);
            default -> throw new IllegalArgumentException("unknown transport " + transport);
        };
        AtomicLong bytes = new AtomicLong();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (fetcher; Crawler crawler = Crawler.builder(settings, sites, page -> bytes.addAndGet(page.getBody().remaining()),
                SeenUrls.inMemory()).fetcher(fetcher).build()) {
            long requestsBefore = 0;
            for (int round = 1; round <= 2; round++) {
                if (round == 2) {
                    fetcher.close(); // each transport keeps connections for a different time: none for all
                }
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                CrawlReport report = crawler.runOnce();
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                long requests = crawler.hostReports().stream().mapToLong(HostReport::requests).sum();
                long failed = crawler.hostReports().stream().mapToLong(h -> h.networkErrors() + h.timeouts()).sum();
                long n = requests - requestsBefore;
                requestsBefore = requests;
                System.out.printf("%-6s round %d: %6d requests in %6.1f s = %6.0f req/s; CPU %5.1f s = %5.0f µs/request;"
                                + " %d new articles, %d failures; threads now %d, peak %d; heap peak %d MB%n",
                        transport, round, n, seconds, n / seconds, cpu, cpu * 1e6 / n, report.newArticles(), failed,
                        threads.getThreadCount(), threads.getPeakThreadCount(), heapPeak() >> 20);
            }
        }
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
