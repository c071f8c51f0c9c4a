package yaowen.bench.crawl;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import yaowen.crawler.CrawlReport;
import yaowen.crawler.Crawler;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.HostReport;
import yaowen.crawler.SeenUrls;
import yaowen.crawler.SiteConfig;

/**
 * The monitoring phase, run in a child JVM ({@code -Xmx512m}): every site's list pages are known
 * (first round, 200 answers), then one cycle re-checks all of them with conditional GET, politely
 * (per-host delay, one connection per host). Prints the cycle's time, the 304 count and peak heap.
 */
public final class MonitorCycle {
    private MonitorCycle() {
    }

    public static void main(String[] args) {
        int sites = Integer.parseInt(args[0]);
        int listPages = Integer.parseInt(args[1]);
        int port = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int delayMs = Integer.parseInt(args[4]);
        List<SiteConfig> configs = new ArrayList<>();
        for (int s = 0; s < sites; s++) {
            List<URI> urls = new ArrayList<>();
            for (int p = 0; p < listPages; p++) {
                urls.add(URI.create("http://127.0.0.1:" + (port + s) + "/news/" + (p == 0 ? "index.html" : "index_" + p + ".html")));
            }
            configs.add(new SiteConfig("s" + s, "site " + s, Optional.empty(), urls));
        }
        CrawlerSettings settings = CrawlerSettings.builder().allowPrivateAddresses(true)
                .minDelayPerHost(Duration.ofMillis(delayMs)).parallelism(threads).maxListPages(listPages).build();
        try (Crawler crawler = new Crawler(settings, configs, page -> { }, SeenUrls.inMemory())) {
            long t0 = System.nanoTime();
            CrawlReport first = crawler.runOnce();
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            long notModifiedBefore = crawler.hostReports().stream().mapToLong(HostReport::notModified).sum();
            long t1 = System.nanoTime();
            CrawlReport cycle = crawler.runOnce();
            double cycleSeconds = (System.nanoTime() - t1) / 1e9;
            long notModified = crawler.hostReports().stream().mapToLong(HostReport::notModified).sum() - notModifiedBefore;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("monitoring first round: %d list pages (200) in %.1f s%n", first.listPages(), firstSeconds);
            System.out.printf("monitoring cycle: %d list pages re-checked, %d answered 304, in %.1f s "
                            + "(per-host delay %d ms, %d sites in parallel); heap max %d MB, peak used %d MB, %d failures%n",
                    cycle.listPages(), notModified, cycleSeconds, delayMs, threads,
                    Runtime.getRuntime().maxMemory() >> 20, peak >> 20, cycle.failures());
        }
    }
}
