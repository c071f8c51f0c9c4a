package yaowen.cli.faults;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.producer.RecordMetadata;
import yaowen.cli.audit.AuditInput;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;

/**
 * Poisoned and oversized records injected into the raw topic mid-crawl: each becomes a dead letter (or an
 * article), the pages around them still become articles.
 */
public final class PoisonScenario implements Scenario {
    /** The oversized page: just under the topic's record limit once wrapped. */
    static final int OVERSIZED_BODY = Topics.MAX_MESSAGE_BYTES - 512 * 1024;

    @Override
    public String name() {
        return "poison";
    }

    @Override
    public String proves() {
        return "undecodable, empty, binary, failed and oversized records in yaowen.pages.raw become dead letters and"
                + " the flow goes on";
    }

    /** The records injected, by key: value bytes, null for a record without a value. */
    static Map<String, byte[]> poison(Instant now) {
        Map<String, byte[]> records = new LinkedHashMap<>();
        byte[] garbage = new byte[4096];
        new Random(13).nextBytes(garbage);
        records.put("faults:poison:garbage", garbage);
        records.put("faults:poison:no-value", null);
        records.put("faults:poison:empty", page("faults:poison:empty", 200, "text/html", new byte[0], now));
        byte[] pdf = new byte[8192];
        new Random(14).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        records.put("faults:poison:pdf", page("faults:poison:pdf", 200, "text/html; charset=utf-8", pdf, now));
        records.put("faults:poison:http-500", page("faults:poison:http-500", 500, "text/html",
                "<html><body>服务器错误</body></html>".getBytes(StandardCharsets.UTF_8), now));
        byte[] huge = new byte[OVERSIZED_BODY];
        Arrays.fill(huge, (byte) 'x');
        byte[] head = "<html><head><title>超大页面</title></head><body><p>".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, huge, 0, head.length);
        records.put("faults:poison:oversized", page("faults:poison:oversized", 200, "text/html", huge, now));
        return records;
    }

    private static byte[] page(String url, int status, String contentType, byte[] body, Instant now) {
        String u = "http://127.0.0.1:9/" + url.replace(':', '/');
        return RecordSerdes.RAW_PAGE.encode(RawPage.newBuilder().setUrl(u).setRequestedUrl(u).setSiteId("faults")
                .setFetchedAt(now).setStatus(status).setContentType(contentType).setBody(ByteBuffer.wrap(body)).build());
    }

    /** How many of {@code injected} (partition:offset) a clean-stage dead letter stands for. */
    static long lettered(List<String> injected, List<AuditInput.DeadLetterRef> letters, String rawTopic) {
        Set<String> at = new HashSet<>();
        letters.stream().filter(d -> rawTopic.equals(d.sourceTopic()))
                .forEach(d -> at.add(d.sourcePartition() + ":" + d.sourceOffset()));
        return injected.stream().filter(at::contains).count();
    }

    /** Injects {@link #poison} into the raw topic; returns where each landed (partition:offset). */
    static List<String> injectAll(FaultRig rig, Progress progress) throws Exception {
        List<String> injected = new ArrayList<>();
        for (Map.Entry<String, byte[]> p : poison(Instant.now()).entrySet()) {
            RecordMetadata m = rig.inject(p.getKey(), p.getValue());
            injected.add(m.partition() + ":" + m.offset());
            progress.say("injected " + p.getKey() + " (" + (p.getValue() == null ? "no value" : p.getValue().length
                    + " bytes") + ") at " + m.partition() + ":" + m.offset());
        }
        return injected;
    }

    @Override
    public ScenarioResult run(Path workDir, Progress progress) throws Exception {
        long started = System.nanoTime();
        try (FaultRig rig = FaultRig.open(workDir, progress, 100, List.of())) {
            ChildProcess node = rig.node("all", "crawl,pipeline,sink,alerts");
            rig.startPublishing(Duration.ofMillis(400));
            rig.awaitRaw(rig.farmArticles() / 3, Duration.ofMinutes(3));
            List<String> injected = injectAll(rig, progress);
            return Settle.finish(name(), started, rig, node, audited -> {
                long lettered = lettered(injected, audited.input().deadLetters(), rig.topics().pagesRaw());
                return List.of(Check.that("every injected record became a dead letter", lettered == injected.size(),
                        lettered + " of " + injected.size()));
            });
        }
    }
}
