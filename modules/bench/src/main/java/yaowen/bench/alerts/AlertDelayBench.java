package yaowen.bench.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yaowen.alerts.DeliverySettings;
import yaowen.alerts.channel.ChannelKeys;
import yaowen.alerts.channel.ChannelSpec;
import yaowen.alerts.channel.ChannelType;
import yaowen.settings.Values;
import yaowen.cli.commands.DemoConfig;
import yaowen.cli.config.YaowenConfig;
import yaowen.cli.node.Node;
import yaowen.cli.node.Role;
import yaowen.consume.ReadToEnd;
import yaowen.farm.FarmOptions;
import yaowen.farm.SiteFarm;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.Topics;

/**
 * {@code yaowen bench alerts}: the whole node (embedded broker, crawler, pipeline, sink, alert delivery with
 * its defaults and the default rule) on the demo farm, announcing to a webhook on loopback. After the first
 * crawl has drained (its meetings are years old: the default rule's notOlderThan keeps them out of the
 * chat), the farm publishes held-back articles, dated now, one every {@code --interval}; each alert the
 * webhook receives is matched to its report's raw page, and the delay is the receipt time minus that
 * page's {@code fetchedAt}: crawl-to-alert, without the time the crawler took to notice the page.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Measures alert delay: from a raw page's fetch to the webhook's receipt, p50/p99,",
                "on the demo farm with the embedded broker and every role of a node."})
public final class AlertDelayBench implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--articles", defaultValue = "12", description = "Articles published live (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--interval-ms", defaultValue = "3000", description = "Between two publications (default: ${DEFAULT-VALUE}).")
    long intervalMs;

    /** One alert the webhook received: its report links and when it arrived. */
    record Receipt(List<String> urls, String meetingKey, Instant at) { }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        List<Receipt> receipts = new CopyOnWriteArrayList<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hook.createContext("/hook", exchange -> {
            try (exchange) {
                Instant at = Instant.now();
                JsonNode alert = JSON.readTree(exchange.getRequestBody().readAllBytes()).path("alert");
                List<String> urls = new ArrayList<>();
                alert.path("urls").forEach(u -> urls.add(u.asText()));
                receipts.add(new Receipt(urls, alert.path("meetingKey").asText(), at));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        hook.start();
        Path dir = Files.createTempDirectory("yaowen-bench-alerts");
        URI url = URI.create("http://127.0.0.1:" + hook.getAddress().getPort() + "/hook");
        try (SiteFarm farm = SiteFarm.start(FarmOptions.demo().withHistory(false).withHeldBack(articles).withPoisonLinked(false))) {
            YaowenConfig demo = DemoConfig.forFarm(farm, dir, 0, Optional.empty());
            YaowenConfig config = new YaowenConfig(demo.dataDir(), demo.kafka(), demo.crawler(), demo.pipeline(),
                    demo.sites(), demo.store(), demo.web(),
                    new YaowenConfig.Alerts(List.of(new ChannelSpec("webhook", ChannelType.WEBHOOK,
                            Values.none().with(ChannelKeys.URL, url.toString()))), List.of(), DeliverySettings.defaults()));
            try (Node node = Node.start(config, EnumSet.allOf(Role.class), out)) {
                node.crawler().orElseThrow().start();
                waitDrained(node, Duration.ofMinutes(5));
                out.printf("first crawl drained; %d alerts for the farm's old meetings (the default rule keeps them out)%n",
                        receipts.size());
                receipts.clear();
                int published = 0;
                while (farm.heldBack() > 0) {
                    farm.publishNext();
                    published++;
                    Thread.sleep(intervalMs);
                }
                Thread.sleep(5_000);
                waitDrained(node, Duration.ofMinutes(2));
                Map<String, Instant> fetched = fetchTimes(node.bootstrapServers());
                List<Long> delays = new ArrayList<>();
                for (Receipt r : receipts) {
                    r.urls().stream().map(fetched::get).filter(java.util.Objects::nonNull).min(Instant::compareTo)
                            .ifPresent(f -> delays.add(Duration.between(f, r.at()).toMillis()));
                }
                Collections.sort(delays);
                out.printf("%d articles published %d ms apart; %d alerts received, %d matched to their raw page%n",
                        published, intervalMs, receipts.size(), delays.size());
                if (!delays.isEmpty()) {
                    out.printf("alert delay, raw page fetch -> webhook receipt: p50 %d ms, p99 %d ms, max %d ms, min %d ms%n",
                            percentile(delays, 50), percentile(delays, 99), delays.get(delays.size() - 1), delays.get(0));
                }
                out.println("delays (ms): " + delays);
            }
        } finally {
            hook.stop(0);
        }
        return 0;
    }

    private static void waitDrained(Node node, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!node.drained()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the node did not catch up within " + timeout);
            }
            Thread.sleep(250);
        }
    }

    /** Every raw page's URL and when it was fetched (the first fetch, if fetched again). */
    private static Map<String, Instant> fetchTimes(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Instant> fetched = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = ReadToEnd.partitions(consumer, Topics.PAGES_RAW, Duration.ofSeconds(30));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            ReadToEnd.read(consumer, partitions, Duration.ofSeconds(60), r -> {
                try {
                    RawPage page = RecordSerdes.RAW_PAGE.decode(r.value());
                    fetched.merge(page.getUrl(), page.getFetchedAt(), (a, b) -> a.isBefore(b) ? a : b);
                } catch (RuntimeException e) {
                    // not a page (the poisoned record of a test): not an alert's report either
                }
            });
        }
        return fetched;
    }

    static long percentile(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
