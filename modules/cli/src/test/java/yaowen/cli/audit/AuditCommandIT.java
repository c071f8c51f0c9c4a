package yaowen.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.CommandRun;
import yaowen.records.Article;
import yaowen.records.DeadLetter;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.testkit.TestCluster;

/** {@code yaowen audit} against a real broker and a DuckDB file: the lines and the exit status scripts rely on. */
@Tag("integration")
@Timeout(180)
class AuditCommandIT {
    private static final String URL = "http://127.0.0.1:9/news/2024/0102.html";

    @TempDir
    Path dir;

    private static Article article() {
        return Article.newBuilder().setId("a1").setUrl(URL).setSiteId("s").setText("县政府召开常务会议。")
                .setScript("Hans").setCharset("UTF-8").setSimhash("0").setContentHash("h")
                .setFetchedAt(Instant.parse("2024-01-02T03:00:00Z")).build();
    }

    @Test
    void countsEachRawPageOnceAndFailsOnARepeatedArticleOrAStoreWithoutIt() throws Exception {
        try (TestCluster cluster = TestCluster.start(dir.resolve("kafka"))) {
            String b = cluster.bootstrapServers();
            cluster.produce(Topics.PAGES_RAW, URL, RecordSerdes.RAW_PAGE.encode(RawPage.newBuilder().setUrl(URL).setSiteId("s")
                    .setFetchedAt(Instant.parse("2024-01-02T03:00:00Z")).setStatus(200)
                    .setBody(ByteBuffer.wrap("<p>县政府召开常务会议。</p>".getBytes(StandardCharsets.UTF_8))).build()));
            cluster.produce(Topics.PAGES_RAW, "bad", "not a raw page".getBytes(StandardCharsets.UTF_8));
            List<ConsumerRecord<String, byte[]>> raw = cluster.readAtLeast(Topics.PAGES_RAW, new ByteArrayDeserializer(), 2,
                    Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> bad = raw.stream().filter(r -> r.key().equals("bad")).findFirst().orElseThrow();
            cluster.produce(Topics.ARTICLES, "a1", RecordSerdes.ARTICLE.encode(article()));
            cluster.produce(Topics.DLQ, "bad", RecordSerdes.DEAD_LETTER.encode(DeadLetter.newBuilder().setStage("clean")
                    .setErrorKind("UNDECODABLE_RECORD").setMessage("not a raw page").setSourceTopic(Topics.PAGES_RAW)
                    .setSourcePartition(bad.partition()).setSourceOffset(bad.offset()).setFailedAt(Instant.now()).build()));
            Path store = dir.resolve("yaowen.duckdb");
            try (DuckDbStore duck = DuckDbStore.open(store)) {
                duck.upsertArticle(article());
            }

            CommandRun clean = new CommandRun();
            assertThat(clean.run("audit", "-b", b, "--store", store.toString())).as(clean.err()).isZero();
            assertThat(clean.out()).contains("raw pages 2 → articles 1 + dead letters 1 · duplicates 0 · lost 0",
                    "articles 1 → meetings 0, metrics 0 · duplicates 0",
                    "store: articles 1, meetings 0, metrics 0 · missing 0 · extra 0",
                    "alerts: 0 for 0 meetings (new 0, updated 0) · once each");

            Path empty = dir.resolve("empty.duckdb");
            DuckDbStore.open(empty).close();
            CommandRun emptyStore = new CommandRun();
            assertThat(emptyStore.run("audit", "-b", b, "--store", empty.toString())).isEqualTo(1);
            assertThat(emptyStore.out()).contains("missing 1");

            cluster.produce(Topics.ARTICLES, "a1", RecordSerdes.ARTICLE.encode(article()));
            CommandRun repeated = new CommandRun();
            assertThat(repeated.run("audit", "-b", b)).isEqualTo(1);
            assertThat(repeated.out()).contains("duplicates 1 (raw 0, articles 1, dead letters 0) · lost 0");
        }
    }
}
