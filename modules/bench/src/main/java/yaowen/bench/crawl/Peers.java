package yaowen.bench.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import us.codecraft.webmagic.Spider;
import us.codecraft.webmagic.processor.PageProcessor;

/** The peers on the same farm: list pages, then every article linked from them, politeness off. */
final class Peers {
    private static final String ARTICLE = ".*/news/202401/t\\d{8}_\\d+\\.html";

    /** Pages fetched and when the last one arrived. */
    record Run(int pages, long startNanos, long lastNanos) {
        double seconds() {
            return (lastNanos - startNanos) / 1e9;
        }

        double pagesPerSecond() {
            return pages / seconds();
        }
    }

    private Peers() {
    }

    static final AtomicInteger C4J_PAGES = new AtomicInteger();
    static final AtomicLong C4J_LAST = new AtomicLong();

    /** crawler4j's crawler: follows article links from the seeds (depth 1), same host only. */
    public static final class C4jCrawler extends WebCrawler {
        @Override
        public boolean shouldVisit(Page referringPage, WebURL url) {
            return url.getURL().matches(ARTICLE) && url.getDomain().equals(referringPage.getWebURL().getDomain());
        }

        @Override
        public void visit(Page page) {
            C4J_PAGES.incrementAndGet();
            C4J_LAST.set(System.nanoTime());
        }
    }

    static Run crawler4j(List<URI> seeds, int threads, Path work) throws Exception {
        C4J_PAGES.set(0);
        CrawlConfig config = new CrawlConfig();
        config.setCrawlStorageFolder(Files.createDirectories(work.resolve("crawler4j")).toString());
        config.setPolitenessDelay(0);
        config.setMaxDepthOfCrawling(1);
        config.setResumableCrawling(false);
        config.setMaxConnectionsPerHost(threads);
        config.setMaxTotalConnections(threads * 2);
        config.setThreadMonitoringDelaySeconds(1);
        config.setThreadShutdownDelaySeconds(1);
        config.setCleanupDelaySeconds(1);
        PageFetcher fetcher = new PageFetcher(config);
        RobotstxtServer robots = new RobotstxtServer(new RobotstxtConfig(), fetcher);
        CrawlController controller = new CrawlController(config, fetcher, robots);
        seeds.forEach(s -> controller.addSeed(s.toString()));
        long t0 = System.nanoTime();
        controller.start(C4jCrawler::new, threads);
        fetcher.shutDown();
        return new Run(C4J_PAGES.get(), t0, C4J_LAST.get());
    }

    /**
     * The ceiling, not a crawler: every page of the farm (URLs known in advance, nothing parsed or
     * checked) GET on one kept-alive socket per site, {@code threads} sites at a time, bodies read
     * by Content-Length and dropped. What the machine and nginx allow before any crawler work.
     */
    static Run bareSockets(List<List<URI>> sites, int threads) throws Exception {
        AtomicInteger pages = new AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (List<URI> urls : sites) {
                futures.add(pool.submit(() -> {
                    URI first = urls.get(0);
                    try (java.net.Socket s = new java.net.Socket(first.getHost(), first.getPort())) {
                        s.setTcpNoDelay(true);
                        java.io.OutputStream out = s.getOutputStream();
                        java.io.InputStream in = new java.io.BufferedInputStream(s.getInputStream(), 16384);
                        for (URI u : urls) {
                            out.write(("GET " + u.getRawPath() + " HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort()
                                    + "\r\nUser-Agent: bench\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                            out.flush();
                            int length = 0;
                            StringBuilder line = new StringBuilder();
                            while (true) {
                                line.setLength(0);
                                for (int c; (c = in.read()) != '\n'; ) {
                                    if (c < 0) {
                                        throw new java.io.EOFException();
                                    }
                                    line.append((char) c);
                                }
                                String l = line.toString().strip();
                                if (l.isEmpty()) {
                                    break;
                                }
                                if (l.regionMatches(true, 0, "content-length:", 0, 15)) {
                                    length = Integer.parseInt(l.substring(15).strip());
                                }
                            }
                            in.readNBytes(length);
                            pages.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Run(pages.get(), t0, System.nanoTime());
    }

    static Run webMagic(List<URI> seeds, int threads) {
        AtomicInteger pages = new AtomicInteger();
        AtomicLong last = new AtomicLong();
        us.codecraft.webmagic.Site site = us.codecraft.webmagic.Site.me().setSleepTime(0).setRetryTimes(0)
                .setTimeOut(10_000).setCycleRetryTimes(0);
        PageProcessor processor = new PageProcessor() {
            @Override
            public void process(us.codecraft.webmagic.Page page) {
                pages.incrementAndGet();
                last.set(System.nanoTime());
                if (!page.getUrl().get().matches(ARTICLE)) {
                    page.addTargetRequests(page.getHtml().links().regex(ARTICLE).all());
                }
                page.setSkip(true);
            }

            @Override
            public us.codecraft.webmagic.Site getSite() {
                return site;
            }
        };
        Spider spider = Spider.create(processor).addUrl(seeds.stream().map(URI::toString).toArray(String[]::new))
                .addPipeline((items, task) -> { }).thread(threads);
        spider.setEmptySleepTime(100);
        long t0 = System.nanoTime();
        spider.run();
        return new Run(pages.get(), t0, last.get());
    }
}
