package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.CommandRun;
import yaowen.cli.commands.DemoConfig;
import yaowen.cli.config.YaowenConfig;
import yaowen.farm.FarmOptions;
import yaowen.farm.SiteFarm;
import yaowen.records.TopicNames;
import yaowen.records.Topics;
import yaowen.testkit.Await;
import yaowen.testkit.TestCluster;

/**
 * Two installations can share a cluster: with {@code kafka.topicPrefix} and their own ids, every role of
 * a node reads and writes only the prefixed topics and joins only its own groups, and {@code tap} finds
 * the prefixed topic from the config. The meetings asked for in {@code kafka.jsonMirror} are on
 * {@code <topic>.json} as plain JSON, one per meeting record, read with a plain String deserializer.
 */
@Tag("integration")
@Timeout(300)
class TopicPrefixIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dataDir;

    @Test
    void everyRoleUsesThePrefixedTopicsAndItsOwnGroupsAndTheMeetingsAreMirroredAsJson() throws Exception {
        try (TestCluster cluster = TestCluster.start(dataDir.resolve("kafka"));
             SiteFarm farm = SiteFarm.start(FarmOptions.forTests())) {
            YaowenConfig base = DemoConfig.forFarm(farm, dataDir, 0, Optional.of(cluster.bootstrapServers()));
            TopicNames acme = new TopicNames("acme.", Set.of(Topics.MEETINGS));
            YaowenConfig.Kafka k = base.kafka();
            YaowenConfig config = new YaowenConfig(base.dataDir(), new YaowenConfig.Kafka(k.bootstrapServers(), k.partitions(),
                    k.replication(), k.properties(), "acme-pipeline", "acme-sink", "acme-crawler", acme),
                    base.crawler(), base.pipeline(), base.sites(), base.store(), base.web(), base.alerts());
            try (Node node = Node.start(config, EnumSet.allOf(Role.class),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
                cluster.produce(acme.pagesRaw(), "not-a-record", "garbage".getBytes(StandardCharsets.UTF_8));
                node.crawler().orElseThrow().runOnce();
                Await.until("the prefixed pipeline, sink and alerts to catch up", Duration.ofMinutes(3), node::drained);

                assertThat(node.store().orElseThrow().recentMeetings(500)).isNotEmpty();
                Map<String, Long> prefixed = TopicProgress.count(node.kafka(), acme.all());
                assertThat(prefixed.get(acme.pagesRaw())).isEqualTo(farm.articles().size() + 1);
                assertThat(prefixed.get(acme.articles())).isEqualTo(farm.articles().size());
                assertThat(prefixed.get(acme.meetings())).isPositive();
                List<ConsumerRecord<String, String>> mirrored = cluster.readAtLeast(acme.json(Topics.MEETINGS),
                        new StringDeserializer(), prefixed.get(acme.meetings()).intValue(), Duration.ofSeconds(30));
                assertThat(mirrored).hasSize(prefixed.get(acme.meetings()).intValue());
                for (ConsumerRecord<String, String> r : mirrored) {
                    JsonNode meeting = JSON.readTree(r.value());
                    assertThat(meeting.get("key").asText()).isEqualTo(r.key());
                    assertThat(meeting.get("types").isArray()).isTrue();
                }
                assertThat(TopicProgress.count(node.kafka(), Topics.ALL).values()).as("today's topics stay empty")
                        .allMatch(n -> n == 0);
                try (Admin admin = Admin.create(node.kafka().config())) {
                    Set<String> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream()
                            .map(ConsumerGroupListing::groupId).collect(java.util.stream.Collectors.toSet());
                    assertThat(groups).contains("acme-pipeline", "acme-sink", "acme-crawler")
                            .doesNotContain("yaowen-pipeline", "yaowen-sink", "yaowen-crawler");
                }
            }

            Path file = Files.writeString(dataDir.resolve("acme.yaml"),
                    "kafka: {bootstrapServers: '" + cluster.bootstrapServers() + "', topicPrefix: acme.}\n");
            CommandRun tap = new CommandRun();
            assertThat(tap.run("tap", Topics.MEETINGS, "--last", "1", "-c", file.toString())).as(tap.err()).isZero();
            assertThat(tap.out()).contains("\"topic\":\"acme.yaowen.meetings\"").contains("\"types\":[");
            tap.clear();
            assertThat(tap.run("tap", "acme.yaowen.meetings.json", "--last", "1", "-c", file.toString())).as(tap.err()).isZero();
            assertThat(tap.out()).contains("\"topic\":\"acme.yaowen.meetings.json\"").contains("\"value\":{\"key\":");

            // dlq reads the prefixed dead letters with the config, as the node writes them
            CommandRun dlq = new CommandRun();
            assertThat(dlq.run("dlq", "list", "-c", file.toString())).as(dlq.err()).isZero();
            assertThat(dlq.out()).contains("UNDECODABLE_RECORD", "acme.yaowen.pages.raw", "1 dead letters");
        }
    }
}
