package yaowen.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import yaowen.cleaning.ArticleCleaner;
import yaowen.cleaning.CleanedArticle;
import yaowen.insight.Insight;
import yaowen.insight.InsightExtractor;
import yaowen.pipeline.clean.RawPageMapping;
import yaowen.pipeline.insight.ArticleMapping;
import yaowen.records.Article;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;

/**
 * The pipeline's per-article work without Kafka: the same decode, clean, map, encode, insight and record
 * building the two Streams steps do, on one thread, timed in that thread's CPU time (so other work on the
 * machine does not count). What a whole-pipeline figure has beyond this is Kafka's share.
 */
final class CoreCost {
    private CoreCost() {
    }

    static String measure(List<byte[]> bodies, ArticleCleaner cleaner, InsightExtractor extractor, Duration budget) {
        run(bodies, cleaner, extractor, budget); // warm-up, so the figure is the steady one
        long[] nanos = run(bodies, cleaner, extractor, budget);
        double n = nanos[4];
        return String.format("cores alone (one thread, warm, CPU time): %.0f µs per article = clean %.0f + insight %.0f"
                        + " + Avro records %.0f (%d articles)", (nanos[0] + nanos[1] + nanos[2]) / 1e3 / n,
                nanos[0] / 1e3 / n, nanos[1] / 1e3 / n, nanos[2] / 1e3 / n, nanos[4]);
    }

    /** CPU nanoseconds in cleaning, insight and records (decode, map, encode), and the count, in {@code [4]}. */
    private static long[] run(List<byte[]> bodies, ArticleCleaner cleaner, InsightExtractor extractor, Duration budget) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[5];
        long end = mx.getCurrentThreadCpuTime() + budget.toNanos();
        for (int i = 0; mx.getCurrentThreadCpuTime() < end; i++) {
            String url = "http://bench.example.gov.cn/core/" + i + ".html";
            byte[] raw = RecordSerdes.RAW_PAGE.encode(RawPage.newBuilder().setUrl(url).setSiteId("bench")
                    .setFetchedAt(Instant.now()).setStatus(200).setContentType("text/html").setHeaders(Map.of())
                    .setBody(ByteBuffer.wrap(bodies.get(i % bodies.size()))).build());
            long t0 = mx.getCurrentThreadCpuTime();
            RawPage page = RecordSerdes.RAW_PAGE.decode(raw);
            long t1 = mx.getCurrentThreadCpuTime();
            CleanedArticle cleaned = cleaner.clean(RawPageMapping.toFetchedPage(page));
            long t2 = mx.getCurrentThreadCpuTime();
            Article article = RecordSerdes.ARTICLE.decode(RecordSerdes.ARTICLE.encode(RawPageMapping.toArticle(page, cleaned)));
            long t3 = mx.getCurrentThreadCpuTime();
            Insight insight = extractor.extract(ArticleMapping.toArticleText(article));
            long t4 = mx.getCurrentThreadCpuTime();
            ArticleMapping.Findings findings = ArticleMapping.findings(article, insight);
            findings.metrics().forEach(m -> RecordSerdes.METRIC.decode(RecordSerdes.METRIC.encode(m)));
            findings.meeting().ifPresent(m -> RecordSerdes.MEETING.decode(RecordSerdes.MEETING.encode(m)));
            long t5 = mx.getCurrentThreadCpuTime();
            nanos[0] += t2 - t1;
            nanos[1] += t4 - t3;
            nanos[2] += (t1 - t0) + (t3 - t2) + (t5 - t4);
            nanos[4]++;
        }
        return nanos;
    }
}
