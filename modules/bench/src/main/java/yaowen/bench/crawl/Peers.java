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
