package yaowen.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.GroupState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.records.DeadLetter;
import yaowen.records.MeetingAlert;
import yaowen.records.RecordSerdes;
import yaowen.records.Region;
import yaowen.records.Topics;
import yaowen.settings.Values;
import yaowen.testkit.Await;
import yaowen.testkit.TestCluster;

/**
 * The delivery guarantees against a real broker and real HTTP servers on loopback: a retried 500, a channel
 * down for its whole budget, two processes sharing a channel, and a process killed mid-batch. Each test
 * announces alerts of its own region (and reads with its own groups), so the tests share one cluster.
 */
@Tag("integration")
@Timeout(60)
class AlertDeliveryIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    static Path dir;
    private static TestCluster cluster;

    /** A generic webhook channel posting to {@code url}, built as the node builds one from its config. */
    static AlertDispatcher webhook(java.net.URI url) {
        return yaowen.alerts.channel.Channels.create("webhook", yaowen.alerts.channel.ChannelType.WEBHOOK,
                yaowen.settings.Values.none().with(yaowen.alerts.channel.ChannelKeys.URL, url.toString()));
    }

    @BeforeAll
    static void start() {
        cluster = TestCluster.start(dir.resolve("kafka"));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    /** Three attempts 200 ms then 400 ms apart, no rate limit to speak of: a test's budget is under a second. */
    static DeliverySettings fastRetries(String groupPrefix) {
        return DeliverySettings.from(Values.none().with(DeliveryKeys.GROUP_PREFIX, groupPrefix)
                .with(DeliveryKeys.MAX_ATTEMPTS, 3).with(DeliveryKeys.FIRST_RETRY, Duration.ofMillis(200))
                .with(DeliveryKeys.MAX_RETRY_WAIT, Duration.ofSeconds(1)).with(DeliveryKeys.RATE_PER_MINUTE, 6000));
    }

    static AlertRule regionRule(String regionPrefix) {
        return AlertRule.from(Values.none().with(RuleKeys.NAME, "region-" + regionPrefix)
                .with(RuleKeys.REGION_PREFIX, regionPrefix));
    }

    /** {@code n} new meetings of today in region {@code code}, keyed {@code code|i}. */
    private static List<String> produce(String code, int n) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = code + "|MEETING-" + i; // no date: the same partitions every day
            MeetingAlert alert = MeetingAlert.newBuilder().setMeetingKey(key).setChange("NEW")
                    .setTypes(List.of("STANDING_COMMITTEE")).setName("常务会议 " + i).setDate(LocalDate.now(AlertRule.CHINA))
                    .setRegion(Region.newBuilder().setCode(code).setName("区").setPath(List.of("区")).build())
                    .setUrls(List.of("http://gov.example/" + i)).setDetectedAt(Instant.now()).build();
            cluster.produce(Topics.ALERTS, key, RecordSerdes.ALERT.encode(alert));
            keys.add(key);
        }
        return keys;
    }

    private static Properties clients() {
        return clients(cluster.bootstrapServers());
    }

    /**
     * The clients' settings: a killed process's partitions go to the others after {@code session.timeout.ms};
     * the broker's least, 6 s, rather than the default 45 s keeps the kill test short.
     */
    static Properties clients(String bootstrapServers) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("session.timeout.ms", "6000");
        p.put("heartbeat.interval.ms", "1000");
        return p;
    }

    private static AlertDelivery start(Map<String, AlertDispatcher> channels, String region, String prefix) {
        return AlertDelivery.start(channels, List.of(regionRule(region)), fastRetries(prefix), clients());
    }

    @Test
    void aChannelAnswering500Then200DeliversOnce() {
        List<String> keys = produce("110101", 1);
        try (LoopbackWebhook robot = new LoopbackWebhook(n -> n == 1 ? 500 : 200);
             AlertDelivery delivery = start(Map.of("webhook", AlertDeliveryIT.webhook(robot.url())), "110101", "t500-")) {
            Await.until("the alert delivered", WAIT, () -> robot.accepted.size() == 1);
            Await.until("its position committed", WAIT, () -> delivery.total().sent() == 1);
            assertThat(robot.acceptedKeys()).containsExactlyElementsOf(keys);
            assertThat(robot.requests.get()).isEqualTo(2);
            assertThat(delivery.total()).isEqualTo(new AlertStats(1, 1, 0, 0, 0));
        }
    }

    @Test
    void aSlowWebhookGetsEveryAlertOnceWhileItsConsumerStaysInTheGroup() {
        List<String> keys = produce("160101", 16);
        // max.poll.interval.ms of 6 s: a batch may take 3 s and an attempt 2 s. Each request takes 0.5 s, so the 16
        // alerts take longer than a whole poll interval, and the second hangs 8 s (then answers 503): cut at 2 s.
        // (Held for its 8 s, as before, the loop would miss its poll and be put out of the group.)
        Properties clients = clients();
        clients.put("max.poll.interval.ms", "6000");
        DeliverySettings settings = DeliverySettings.from(Values.none().with(DeliveryKeys.GROUP_PREFIX, "tslow-")
                .with(DeliveryKeys.MAX_ATTEMPTS, 3).with(DeliveryKeys.FIRST_RETRY, Duration.ofMillis(200))
                .with(DeliveryKeys.MAX_RETRY_WAIT, Duration.ofSeconds(1)).with(DeliveryKeys.RATE_PER_MINUTE, 6000)
                .with(DeliveryKeys.ATTEMPT_TIMEOUT, Duration.ofSeconds(2)));
        try (LoopbackWebhook robot = new LoopbackWebhook(n -> n == 2 ? 503 : 200).delay(n -> n == 2 ? 8_000 : 500);
             AlertDelivery delivery = AlertDelivery.start(Map.of("slow", AlertDeliveryIT.webhook(robot.url())),
                     List.of(regionRule("160101")), settings, clients)) {
            long started = System.nanoTime();
            Await.until("every alert delivered", Duration.ofSeconds(45), () -> delivery.total().sent() == 16,
                    () -> delivery.total() + ", robot " + robot.acceptedKeys());
            System.out.printf("slow webhook: 16 alerts in %.1f s, %d requests, %s, revocations %s%n",
                    (System.nanoTime() - started) / 1e9, robot.requests.get(), delivery.total(), delivery.revocations());
            AlertStats stats = delivery.total(); // other tests' alerts on the shared topic are filtered out
            assertThat(robot.acceptedKeys()).as(stats.toString()).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(robot.requests.get()).as("one request per alert and the one cut").isEqualTo(17);
            assertThat(List.of(stats.sent(), stats.failedAttempts(), stats.duplicates(), stats.deadLetters()))
                    .containsExactly(16L, 1L, 0L, 0L);
            assertThat(delivery.revocations()).as("partitions given up or lost: never put out of the group")
                    .containsEntry("slow", 0L);
        }
    }

    @Test
    void aChannelDownForItsWholeBudgetDeadLettersWithoutItsTokenAndTheOtherChannelDelivers() {
        List<String> keys = produce("120101", 2);
        try (LoopbackWebhook down = new LoopbackWebhook(n -> 503);
             LoopbackWebhook up = LoopbackWebhook.up();
             AlertDelivery delivery = start(Map.of("down", AlertDeliveryIT.webhook(down.url()),
                     "up", AlertDeliveryIT.webhook(up.url())), "120101", "tdown-")) {
            Await.until("the other channel delivered both", WAIT, () -> up.accepted.size() == 2);
            List<DeadLetter> dead = cluster.readUntil(Topics.DLQ, RecordSerdes.DEAD_LETTER,
                            r -> r.stream().filter(d -> d.key().startsWith("120101|")).count() == 2, WAIT)
                    .stream().filter(d -> d.key().startsWith("120101|")).map(d -> d.value()).toList();
            assertThat(up.acceptedKeys()).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(down.requests.get()).isEqualTo(6); // 3 attempts each
            assertThat(dead).allSatisfy(d -> {
                assertThat(d.getStage()).isEqualTo("alert");
                assertThat(d.getErrorKind()).isEqualTo("DISPATCH_FAILED");
                assertThat(d.getMessage()).contains("channel down", "gave up after 3 attempts", "HTTP 503")
                        .doesNotContain("SECRET-TOKEN-42");
                assertThat(d.getSourceTopic()).isEqualTo(Topics.ALERTS);
            });
            Await.until("both dead letters counted", WAIT, () -> delivery.stats().get("down").deadLetters() == 2);
            assertThat(delivery.stats().get("up").sent()).isEqualTo(2);
        }
    }

    @Test
    void closingWhileAChannelWaitsToRetryStopsAtOnceAndTheNextRunDeliversTheAlert() {
        // One alert: a waiting retry pauses only its own partition, so alerts on other partitions would go on.
        List<String> keys = produce("150101", 1);
        DeliverySettings patient = DeliverySettings.from(Values.none().with(DeliveryKeys.GROUP_PREFIX, "tclose-")
                .with(DeliveryKeys.MAX_ATTEMPTS, 10).with(DeliveryKeys.FIRST_RETRY, Duration.ofSeconds(30)));
        try (LoopbackWebhook robot = new LoopbackWebhook(n -> n == 1 ? 503 : 200)) {
            Map<String, AlertDispatcher> channels = Map.of("webhook", AlertDeliveryIT.webhook(robot.url()));
            AlertDelivery waiting = AlertDelivery.start(channels, List.of(regionRule("150101")), patient, clients());
            Await.until("the first attempt refused", WAIT, () -> robot.requests.get() == 1);
            long started = System.nanoTime();
            waiting.close();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("close while waiting 30 s to retry")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(robot.requests.get()).as("nothing sent once closing").isEqualTo(1);
            try (AlertDelivery next = start(channels, "150101", "tclose-")) {
                Await.until("the alert delivered by the next run", WAIT, () -> robot.accepted.size() == 1);
            }
            assertThat(robot.acceptedKeys()).containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    @Test
    void twoProcessesSharingTheChannelsDeliverEachAlertOncePerChannel() throws Exception {
        List<String> keys = produce("130101", 24);
        CountDownLatch joined = new CountDownLatch(1);
        IntUnaryOperator holdThirdUntilJoined = n -> {
            if (n == 3) { // the first process is mid-delivery while the second joins its groups
                await(joined);
            }
            return 200;
        };
        try (LoopbackWebhook teamA = new LoopbackWebhook(holdThirdUntilJoined).delay(250);
             LoopbackWebhook teamB = new LoopbackWebhook(holdThirdUntilJoined).delay(250);
             Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            Map<String, AlertDispatcher> channels = Map.of("team-a", AlertDeliveryIT.webhook(teamA.url()),
                    "team-b", AlertDeliveryIT.webhook(teamB.url()));
            try (AlertDelivery first = start(channels, "130101", "ttwo-")) {
                Await.until("the first process under way", WAIT, () -> teamA.requests.get() >= 3 && teamB.requests.get() >= 3);
                try (AlertDelivery second = start(channels, "130101", "ttwo-")) {
                    Await.until("the second process in both groups", WAIT, () -> rebalancing(admin, first.groups().values()));
                    joined.countDown();
                    Await.until("every alert on both channels", WAIT,
                            () -> teamA.accepted.size() >= 24 && teamB.accepted.size() >= 24,
                            () -> teamA.accepted.size() + " and " + teamB.accepted.size());
                    Await.until("both processes done", WAIT,
                            () -> first.total().sent() + second.total().sent() == 48,
                            () -> first.total() + " / " + second.total());
                    assertThat(second.total().sent()).as("the second process's share").isPositive();
                }
            }
            assertThat(teamA.acceptedKeys()).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(teamB.acceptedKeys()).containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    /** Whether each group has two members or is waiting for its members to rejoin. */
    private static boolean rebalancing(Admin admin, Collection<String> groups) {
        try {
            return admin.describeConsumerGroups(groups).all().get().values().stream()
                    .allMatch(g -> g.members().size() == 2 || g.groupState() == GroupState.PREPARING_REBALANCE
                            || g.groupState() == GroupState.COMPLETING_REBALANCE);
        } catch (Exception e) {
            return false;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aProcessKilledMidBatchAndRestartedSendsNothingTwice() throws Exception {
        List<String> keys = produce("140101", 10);
        CountDownLatch killed = new CountDownLatch(1);
        try (LoopbackWebhook robot = new LoopbackWebhook(n -> {
            if (n == 4) { // the fourth message is on the wire when the process dies: the robot refuses it
                await(killed);
                return 503;
            }
            return 200;
        })) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), AlertProcessMain.class.getName(),
                    cluster.bootstrapServers(), robot.url().toString(), "tkill-", "140101")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            try {
                Await.until("the child mid-batch", WAIT, () -> robot.requests.get() >= 4,
                        () -> "requests " + robot.requests.get() + ", log " + dir.resolve("child.log"));
            } finally {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                killed.countDown();
            }
            assertThat(robot.accepted).hasSize(3);
            try (AlertDelivery restarted = start(Map.of("webhook", AlertDeliveryIT.webhook(robot.url())), "140101", "tkill-")) {
                Await.until("every alert delivered", WAIT, () -> robot.accepted.size() >= 10,
                        () -> robot.acceptedKeys().toString());
                Await.until("the restart's positions committed", WAIT, () -> restarted.total().sent() == 7,
                        () -> restarted.total().toString());
            }
            assertThat(robot.acceptedKeys()).containsExactlyInAnyOrderElementsOf(keys);
            Set<String> unique = new HashSet<>(robot.acceptedKeys());
            assertThat(unique).hasSize(robot.accepted.size());
        }
    }
}
