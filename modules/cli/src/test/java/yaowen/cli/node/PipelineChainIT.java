package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.commands.DemoConfig;
import yaowen.farm.FarmArticle;
import yaowen.farm.FarmOptions;
import yaowen.farm.SiteFarm;
import yaowen.records.Article;
import yaowen.records.DeadLetter;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.stores.MeetingRow;
import yaowen.testkit.Await;
import yaowen.testkit.TestCluster;

/**
 * The whole chain on a real embedded broker: farm (real HTTP) → crawler → Kafka → Streams pipeline →
 * DuckDB, with the seed articles checked against their gold files and broken input routed to the
 * dead-letter topic while the rest flows.
 */
@Tag("integration")
@Timeout(420)
class PipelineChainIT {
    static final Path GOLD = Path.of("../../corpus/gold");

    @TempDir
    Path dataDir;

    @Test
    void everySeedArrivesOnceWithItsMeetingTypeAndRegionWhileBrokenInputGoesToTheDeadLetterTopic() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (TestCluster cluster = TestCluster.start(dataDir.resolve("kafka"));
             SiteFarm farm = SiteFarm.start(FarmOptions.forTests().withPoisonLinked(true));
             Node node = Node.start(DemoConfig.forFarm(farm, dataDir, 0, Optional.of(cluster.bootstrapServers())),
                     EnumSet.allOf(Role.class), new PrintStream(console, true, StandardCharsets.UTF_8))) {

            cluster.produce(Topics.PAGES_RAW, "not-a-record", "garbage".getBytes(StandardCharsets.UTF_8));
            node.crawler().orElseThrow().runOnce();
            Await.until("the pipeline, sink and alerts to catch up", Duration.ofMinutes(4), node::drained);

            List<FarmArticle> published = farm.articles();
            List<FarmArticle> seeds = published.stream().filter(a -> a.seedId().isPresent()).toList();
            assertThat(seeds).extracting(a -> a.seedId().orElseThrow())
                    .containsExactlyInAnyOrder("seed-000", "seed-001", "seed-002", "seed-003", "seed-004");

            // Each published article is on the articles topic exactly once.
            List<ConsumerRecord<String, Article>> articles =
                    cluster.readAtLeast(Topics.ARTICLES, RecordSerdes.ARTICLE, published.size(), Duration.ofSeconds(30));
            Map<String, Long> perUrl = articles.stream()
                    .collect(Collectors.groupingBy(r -> r.value().getUrl(), Collectors.counting()));
            for (FarmArticle a : published) {
                assertThat(perUrl.get(a.url().toString())).as(a.url().toString()).isEqualTo(1L);
            }

            // Each seed's meeting is in DuckDB with the gold types and region.
            List<MeetingRow> meetings = node.store().orElseThrow().recentMeetings(500);
            List<String> problems = new ArrayList<>();
            for (FarmArticle seed : seeds) {
                JsonNode gold = gold(seed.seedId().orElseThrow()).path("meeting");
                Optional<MeetingRow> row = meetings.stream().filter(m -> m.url().equals(seed.url().toString())).findFirst();
                if (row.isEmpty()) {
                    problems.add(seed.seedId().orElseThrow() + ": no meeting stored");
                    continue;
                }
                List<String> goldTypes = new ArrayList<>();
                gold.path("types").forEach(t -> goldTypes.add(t.asText()));
                if (!row.get().types().containsAll(goldTypes)) {
                    problems.add(seed.seedId().orElseThrow() + ": types " + row.get().types() + ", gold " + goldTypes);
                }
                // ANALYSIS.md: match on code when gold has one, else on the last element of path.
                JsonNode region = gold.path("region");
                JsonNode path = region.path("path");
                boolean regionOk = region.path("code").isNull()
                        ? path.get(path.size() - 1).asText().equals(row.get().regionName())
                        : region.path("code").asText().equals(row.get().regionCode());
                if (!regionOk) {
                    problems.add(seed.seedId().orElseThrow() + ": region " + row.get().regionCode() + " "
                            + row.get().regionName() + ", gold " + region);
                }
            }
            assertThat(problems).isEmpty();

            // The farm reposts one 宛城区 meeting on the 南阳市 site: one meeting row, two sources.
            List<MeetingRow> reposted = meetings.stream()
                    .filter(m -> m.sources().stream().anyMatch(s -> "nanyang".equals(s.siteId())))
                    .filter(m -> "411302".equals(m.regionCode())).toList();
            assertThat(reposted).singleElement().satisfies(m -> {
                assertThat(m.key()).startsWith("411302|2024-01-12|");
                assertThat(m.sources()).extracting(s -> s.siteId()).containsExactlyInAnyOrder("wancheng", "nanyang");
            });

            // The poisoned page and the garbage record are dead letters with their bytes; nothing else is.
            List<ConsumerRecord<String, DeadLetter>> dead =
                    cluster.readAtLeast(Topics.DLQ, RecordSerdes.DEAD_LETTER, 2, Duration.ofSeconds(30));
            assertThat(dead).extracting(r -> r.value().getErrorKind())
                    .containsExactlyInAnyOrder("UNDECODABLE_RECORD", "BINARY");
            DeadLetter poison = dead.stream().filter(r -> r.value().getErrorKind().equals("BINARY")).findFirst()
                    .orElseThrow().value();
            RawPage poisonPage = RecordSerdes.RAW_PAGE.decode(bytes(poison.getValue()));
            assertThat(poisonPage.getUrl()).isEqualTo(farm.poisonUrl().toString());
            assertThat(new String(bytes(poisonPage.getBody()), StandardCharsets.ISO_8859_1)).startsWith("%PDF");

            // One console alert per meeting.
            String alerts = console.toString(StandardCharsets.UTF_8);
            long alertLines = alerts.lines().filter(l -> l.startsWith("[NEW MEETING]")).count();
            assertThat(alertLines).isEqualTo(meetings.stream().map(MeetingRow::key).distinct().count());

            // An analyst's SQL on the running node's web port, beside the sink writing to the same store.
            java.net.http.HttpResponse<String> sql = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(node.web().orElseThrow().uri().resolve("/api/sql"))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("SELECT COUNT(*) AS n FROM meeting")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(sql.statusCode()).as("the node answers SQL on its web port: " + sql.body()).isEqualTo(200);
            assertThat(sql.body().lines().toList()).containsExactly("{\"columns\":[\"n\"]}", "[" + meetings.size() + "]",
                    "{\"rows\":1,\"truncated\":false}");

            // Caught up, every group's lag on /metrics reads 0: the groups commit their position, which
            // has moved past the transaction markers of the topics the pipeline writes.
            URI metrics = node.web().orElseThrow().uri().resolve("/metrics");
            List<String> groups = List.of("yaowen-pipeline", "yaowen-sink", "yaowen-alerts-console");
            Await.until("every consumer group's lag to read 0 on /metrics", Duration.ofSeconds(30), () -> {
                String scrape = NodeOperationsIT.get(metrics).body();
                return groups.stream().allMatch(g -> scrape.contains("yaowen_consumer_lag{group=\"" + g + "\"} 0.0"));
            });
        }
    }

    static JsonNode gold(String seedId) throws IOException {
        return new ObjectMapper().readTree(GOLD.resolve(seedId + ".json").toFile());
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
