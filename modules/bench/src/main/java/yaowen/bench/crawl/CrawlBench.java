package yaowen.bench.crawl;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yaowen.crawler.CrawlReport;
import yaowen.crawler.Crawler;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.PageSink;
import yaowen.crawler.SeenUrls;
import yaowen.crawler.SiteConfig;

/**
 * {@code yaowen bench crawl}: the crawler against a real nginx serving a generated farm, beside
 * crawler4j and WebMagic. Method and results in docs/benchmarks-crawl.md. Loopback only; every
 * phase is bounded in count and time.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true, subcommands = TransportBench.class,
        description = {"Measures the crawler against a real nginx, beside crawler4j and WebMagic.",
                "Runs against nginx (apt-get install nginx) on 127.0.0.1:",
                "(1) fetch throughput, politeness off, beside crawler4j and WebMagic and a bare-socket ceiling",
                "    (--warm-up rounds, then --rounds rounds in rotating order; medians);",
                "(2) one monitoring cycle over the list pages with conditional GET in a child JVM (-Xmx512m);",
                "(3) detection delay from an article appearing on a list page to its RawPage (p50/p99).",
                "Progress goes to stderr; results to stdout."})
public final class CrawlBench implements Callable<Integer> {
    private static final List<String> CRAWLERS = List.of("yaowen", "crawler4j", "webmagic", "bare-socket");

    @Option(names = "--sites", defaultValue = "200") int sites;
    @Option(names = "--articles", defaultValue = "50", description = "Articles per site.") int articles;
    @Option(names = "--list-pages", defaultValue = "50", description = "List pages per site (monitoring phase).") int listPages;
    @Option(names = "--port", defaultValue = "18100", description = "First nginx port; sites use port..port+sites-1.") int port;
    @Option(names = "--threads", defaultValue = "64") int threads;
    @Option(names = "--monitor-delay", defaultValue = "250", description = "Per-host delay (ms) in the monitoring cycle.") int monitorDelayMs;
    @Option(names = "--interval", defaultValue = "5", description = "List interval (s) in the detection phase.") int intervalSeconds;
    @Option(names = "--detections", defaultValue = "100") int detections;
    @Option(names = "--skip-peers", description = "Throughput of Yaowen alone (same as --crawlers yaowen).") boolean skipPeers;
    @Option(names = "--crawlers", defaultValue = "yaowen,crawler4j,webmagic,bare-socket", split = ",",
            description = "Crawlers in the throughput phase (default all): yaowen, crawler4j, webmagic, bare-socket.")
    List<String> crawlers;
    @Option(names = "--rounds", defaultValue = "9",
            description = "Measured throughput rounds after the warm-up; the crawlers' order rotates each round.") int rounds;
    @Option(names = "--warm-up", defaultValue = "1",
            description = "Warm-up rounds, not counted (each crawler once per round). Many (e.g. 40) measure the JIT's steady state.")
    int warmUp;
    @Option(names = "--phases", defaultValue = "throughput,monitoring,detection", split = ",",
            description = "Phases to run (default all): throughput, monitoring, detection.") List<String> phases;

    @Override
    public Integer call() throws Exception {
        for (String name : crawlers) { // before the farm is generated and nginx started
            if (!CRAWLERS.contains(name)) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "unknown crawler '" + name + "' (" + String.join(", ", CRAWLERS) + ")");
            }
        }
        Path dir = Files.createTempDirectory("yaowen-bench-crawl-");
        try (NginxFarm farm = new NginxFarm(dir, sites, articles, listPages, port)) {
            farm.generate();
            farm.start();
            System.err.println("nginx serves " + sites + " sites x " + articles + " articles x " + listPages
                    + " list pages from " + dir);
            List<URI> seeds = new ArrayList<>();
            for (int s = 0; s < sites; s++) {
                seeds.add(farm.listUrl(s, 0));
            }
            if (phases.contains("throughput")) {
                throughputRounds(seeds, dir);
            }
            if (phases.contains("monitoring")) {
                monitoringCycle(dir);
            }
            if (phases.contains("detection")) {
                detection(farm);
            }
        } finally {
            NginxFarm.delete(dir);
        }
        return 0;
    }

    /**
     * {@code warmUp} warm-up rounds (every crawler once each, not counted: JIT, class loading, nginx's page cache),
     * then {@code rounds} measured rounds in rotating order; each crawler's median round is reported.
     */
    private void throughputRounds(List<URI> seeds, Path dir) throws Exception {
        List<String> names = skipPeers ? List.of("yaowen") : crawlers;
        List<List<URI>> allPages = new ArrayList<>();
        for (URI seed : seeds) {
            List<URI> urls = new ArrayList<>(List.of(seed));
            for (int a = 0; a < articles; a++) {
                urls.add(seed.resolve("/news/202401/t20240105_" + a + ".html"));
            }
            allPages.add(urls);
        }
        Map<String, List<Peers.Run>> runs = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> cpu = new java.util.LinkedHashMap<>();
        names.forEach(n -> {
            runs.put(n, new ArrayList<>());
            cpu.put(n, new ArrayList<>());
        });
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int runNo = 0;
        for (int round = 1 - warmUp; round <= rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + Math.max(0, round - 1)) % names.size());
                long cpu0 = os.getProcessCpuTime();
                Peers.Run run = switch (name) {
                    case "yaowen" -> throughput(seeds);
                    case "crawler4j" -> Peers.crawler4j(seeds, threads, dir.resolve("c4j-" + runNo++));
                    case "bare-socket" -> Peers.bareSockets(allPages, threads);
                    default -> Peers.webMagic(seeds, threads);
                };
                double cpuMicrosPerPage = (os.getProcessCpuTime() - cpu0) / 1e3 / run.pages();
                System.err.printf("%s %-10s %6d pages in %6.2f s = %7.0f pages/s, %5.1f µs JVM CPU per page%n",
                        round <= 0 ? "warm-up   " : "round " + round + "   ", name, run.pages(), run.seconds(),
                        run.pagesPerSecond(), cpuMicrosPerPage);
                if (round > 0) {
                    runs.get(name).add(run);
                    cpu.get(name).add(cpuMicrosPerPage);
                }
                System.gc();
            }
        }
        for (Map.Entry<String, List<Peers.Run>> e : runs.entrySet()) {
            List<Peers.Run> sorted = new ArrayList<>(e.getValue());
            sorted.sort(java.util.Comparator.comparingDouble(Peers.Run::pagesPerSecond));
            Peers.Run median = sorted.get(sorted.size() / 2);
            StringBuilder all = new StringBuilder();
            for (Peers.Run r : e.getValue()) {
                all.append(all.length() == 0 ? "" : ", ").append(String.format("%.0f", r.pagesPerSecond()));
            }
            List<Double> cpuSorted = new ArrayList<>(cpu.get(e.getKey()));
            cpuSorted.sort(null);
            System.out.printf("throughput %-10s %6d pages in %6.2f s = %7.0f pages/s (median of %d rounds: %s); "
                            + "JVM CPU %.1f µs per page (median)%n", e.getKey(), median.pages(), median.seconds(),
                    median.pagesPerSecond(), sorted.size(), all, cpuSorted.get(cpuSorted.size() / 2));
        }
    }

    private Peers.Run throughput(List<URI> seeds) {
        AtomicInteger pages = new AtomicInteger();
        AtomicLong last = new AtomicLong();
        PageSink sink = p -> {
            pages.incrementAndGet();
            last.set(System.nanoTime());
        };
        CrawlerSettings off = CrawlerSettings.builder().allowPrivateAddresses(true)
                .minDelayPerHost(Duration.ZERO).parallelism(threads).maxListPages(1).build();
        List<SiteConfig> configs = new ArrayList<>();
        for (int s = 0; s < seeds.size(); s++) {
            configs.add(SiteConfig.of("s" + s, "site " + s, seeds.get(s)));
        }
        long t0 = System.nanoTime();
        try (Crawler crawler = new Crawler(off, configs, sink, SeenUrls.inMemory())) {
            CrawlReport report = crawler.runOnce();
            last.set(System.nanoTime());
            return new Peers.Run(pages.get() + report.listPages(), t0, last.get());
        }
    }

    /** Runs {@link MonitorCycle} in a child JVM with a 512 MB heap and prints its lines. */
    private void monitoringCycle(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                MonitorCycle.class.getName(), String.valueOf(sites), String.valueOf(listPages), String.valueOf(port),
                String.valueOf(threads), String.valueOf(monitorDelayMs))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            r.lines().forEach(System.out::println);
        }
        if (!child.waitFor(15, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new IllegalStateException("monitoring cycle did not end in 15 minutes");
        }
    }

    /** Publishes articles on the first list pages while the crawler monitors; delay to the sink. */
    private void detection(NginxFarm farm) throws Exception {
        int watched = Math.min(sites, 50);
        Map<String, Long> appeared = new ConcurrentHashMap<>();
        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        PageSink sink = p -> {
            Long t = appeared.get(p.getUrl());
            if (t != null) {
                delays.add(System.nanoTime() - t);
            }
        };
        Duration interval = Duration.ofSeconds(intervalSeconds);
        CrawlerSettings settings = CrawlerSettings.builder().allowPrivateAddresses(true)
                .minDelayPerHost(Duration.ofMillis(100)).parallelism(Math.min(threads, watched))
                .maxListPages(1).minRecheckInterval(interval).maxRecheckInterval(interval)
                .recheckInterval(interval).build();
        List<SiteConfig> configs = new ArrayList<>();
        for (int s = 0; s < watched; s++) {
            configs.add(SiteConfig.of("s" + s, "site " + s, farm.listUrl(s, 0)));
        }
        Random random = new Random(20240105L);
        try (Crawler crawler = new Crawler(settings, configs, sink, SeenUrls.inMemory())) {
            crawler.runOnce(); // everything already there is seen
            crawler.start();
            Thread.sleep(500);
            long spread = interval.toMillis() * 3 / Math.max(1, detections / watched + 1);
            for (int i = 0; i < detections; i++) {
                URI url = farm.publish(random.nextInt(watched));
                appeared.put(url.toString(), System.nanoTime());
                Thread.sleep(Math.max(10, random.nextInt((int) Math.max(20, 2 * spread / watched + 1))));
            }
            long deadline = System.nanoTime() + interval.plusSeconds(10).toNanos();
            while (delays.size() < detections && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        System.out.printf("detection %d of %d new articles published; list interval %d s; delay p50 %.2f s, p99 %.2f s, max %.2f s%n",
                sorted.size(), detections, intervalSeconds, pct(sorted, 0.50), pct(sorted, 0.99),
                sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e9);
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e9;
    }

    static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
