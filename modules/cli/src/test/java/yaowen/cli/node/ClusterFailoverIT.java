package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.config.ConfigLoader;
import yaowen.farm.FarmArticle;
import yaowen.farm.FarmOptions;
import yaowen.farm.SiteFarm;
import yaowen.pipeline.PipelineApp;
import yaowen.records.Article;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;
import yaowen.testkit.Await;
import yaowen.testkit.TestCluster;

/**
 * Scale-out's first promise on a real cluster in this JVM: three KRaft nodes, every topic with three replicas and
 * two in sync; the pipeline node running on it; the broker leading the raw pages' first partition stopped while
 * pages keep coming. Every page still comes out as exactly one committed article, and the pipeline keeps running;
 * the broker then starts again on its directory and rejoins every in-sync replica set.
 */
@Tag("integration")
@Timeout(180)
class ClusterFailoverIT {
    static final int BEFORE = 150;
    static final int AFTER = 150;

    @TempDir
    Path dir;

    @Test
    void aBrokerStoppedMidStreamLosesAndRepeatsNoArticleAndThePipelineGoesOn() throws Exception {
        List<byte[]> bodies = farmPages();
        try (TestCluster cluster = TestCluster.start(dir.resolve("kafka"), 3);
             Node node = Node.start(ConfigLoader.parse("dataDir: '" + dir.resolve("node") + "'\nkafka: {bootstrapServers: '"
                     + cluster.bootstrapServers() + "'}\nweb: {enabled: false}\n", "cluster-it"),
                     EnumSet.of(Role.PIPELINE), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
             KafkaProducer<String, byte[]> producer = producer(cluster.bootstrapServers())) {
            assertReplicatedThriceWithTwoInSync(cluster, Topics.PAGES_RAW);

            for (int i = 0; i < BEFORE; i++) {
                send(producer, bodies, i);
            }
            producer.flush();
            Await.until("the pipeline to write its first articles", Duration.ofSeconds(60),
                    () -> committedArticles(cluster).size() >= 20);

            int leader = cluster.leaderOf(Topics.PAGES_RAW, 0);
            assertThat(leader).isPositive();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> cluster.stopBroker(leader));
            Instant stoppedAt = Instant.now();
            for (int i = BEFORE; i < BEFORE + AFTER; i++) {
                send(producer, bodies, i);
                if (i % 10 == 0) {
                    Thread.sleep(20); // keep pages coming while the broker goes
                }
            }
            producer.flush();
            stopping.get(60, TimeUnit.SECONDS);
            assertThat(cluster.runningBrokers()).hasSize(2).doesNotContain(leader);

            Await.until("every page to come out as an article on two brokers", Duration.ofSeconds(90),
                    () -> committedArticles(cluster).size() >= BEFORE + AFTER,
                    () -> "(" + committedArticles(cluster).size() + " distinct so far)");
            Map<String, Long> perUrl = committedArticles(cluster);
            assertThat(perUrl).as("one article per page").hasSize(BEFORE + AFTER);
            assertThat(perUrl.values()).as("no page yields two committed articles").allMatch(n -> n == 1L);
            Await.until("every input and repartition topic of the pipeline to be committed", Duration.ofSeconds(60), node::drained);
            assertThat(node.pipeline().orElseThrow().state()).isEqualTo(KafkaStreams.State.RUNNING);
            System.out.printf("[cluster-it] node %d stopped; %d pages → %d articles, 0 duplicates, all done %d ms after%n",
                    leader, BEFORE + AFTER, perUrl.size(), Duration.between(stoppedAt, Instant.now()).toMillis());

            try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
                // the pipeline's own topics follow the same rule (Streams' replication.factor from the node)
                for (String repartition : PipelineApp.repartitionTopics("yaowen-pipeline")) {
                    TopicDescription d = admin.describeTopics(List.of(repartition)).allTopicNames().get(30, TimeUnit.SECONDS)
                            .get(repartition);
                    assertThat(d.partitions()).allSatisfy(p -> assertThat(p.replicas()).as(repartition).hasSize(3));
                }
                // the stopped broker comes back on its directory and catches up: every replica in sync again
                cluster.restartBroker(leader);
                Await.until("the restarted broker back in every ISR of " + Topics.PAGES_RAW, Duration.ofSeconds(60), () -> {
                    try {
                        return admin.describeTopics(List.of(Topics.PAGES_RAW)).allTopicNames().get(10, TimeUnit.SECONDS)
                                .get(Topics.PAGES_RAW).partitions().stream().allMatch(p -> p.isr().size() == 3);
                    } catch (Exception e) {
                        return false;
                    }
                });
            }
            assertThat(cluster.runningBrokers()).containsExactly(1, 2, 3);
        }
    }

    private static void assertReplicatedThriceWithTwoInSync(TestCluster cluster, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            assertThat(d.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
            ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            assertThat(admin.describeConfigs(List.of(r)).all().get(30, TimeUnit.SECONDS).get(r).get("min.insync.replicas").value())
                    .isEqualTo("2");
        }
    }

    /** Every committed article up to the last stable offset, counted per URL. */
    static Map<String, Long> committedArticles(TestCluster cluster) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "cluster-it-" + UUID.randomUUID());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> urls = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(Topics.ARTICLES, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(parts, Duration.ofSeconds(30)));
            Instant deadline = Instant.now().plusSeconds(30);
            while (parts.stream().anyMatch(tp -> consumer.position(tp, Duration.ofSeconds(30)) < end.get(tp))
                    && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    Article a = RecordSerdes.ARTICLE.decode(r.value());
                    urls.add(a.getUrl());
                });
            }
        }
        return urls.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    static void send(KafkaProducer<String, byte[]> producer, List<byte[]> bodies, int i) {
        String url = "http://cluster.example.gov.cn/article/" + i + ".html";
        RawPage page = RawPage.newBuilder().setUrl(url).setSiteId("cluster").setFetchedAt(Instant.now()).setStatus(200)
                .setContentType("text/html").setHeaders(Map.of())
                .setBody(ByteBuffer.wrap(bodies.get(i % bodies.size()))).build();
        producer.send(new ProducerRecord<>(Topics.PAGES_RAW, url, RecordSerdes.RAW_PAGE.encode(page)));
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** The farm's article pages as served (the project's own generated portals). */
    static List<byte[]> farmPages() throws Exception {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests())) {
            HttpClient http = HttpClient.newHttpClient();
            List<byte[]> bodies = new ArrayList<>();
            for (FarmArticle a : farm.articles()) {
                bodies.add(http.send(HttpRequest.newBuilder(a.url()).build(), HttpResponse.BodyHandlers.ofByteArray()).body());
            }
            return bodies;
        }
    }
}
