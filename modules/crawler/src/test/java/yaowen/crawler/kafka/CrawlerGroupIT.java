package yaowen.crawler.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.crawler.Crawler;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.SiteConfig;
import yaowen.crawler.TestServer;
import yaowen.records.Topics;
import yaowen.testkit.Await;
import yaowen.testkit.TestCluster;

/**
 * Two crawler instances on a real Kafka broker share twelve hosts (127.0.0.1–12, one HTTP server
 * each) through the consumer group; when one stops, the other takes its hosts over. Every article
 * is fetched exactly once, and a host only ever hears from one instance at a time.
 */
@Timeout(180)
class CrawlerGroupIT {
    static final int HOSTS = 12;
    static final int ARTICLES = 4;
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    record Instance(String agent, Crawler crawler, CrawlerGroup group, RawTopicSeenUrls seen, KafkaPageSink sink)
            implements AutoCloseable {
        static Instance join(String bootstrap, List<SiteConfig> sites, String agent) {
            CrawlerSettings settings = CrawlerSettings.builder().allowPrivateAddresses(true)
                    .userAgent(agent + "/1.0 (+https://example.org/bot)").minDelayPerHost(Duration.ofMillis(5))
                    .timeout(Duration.ofSeconds(5)).minRecheckInterval(Duration.ofMillis(500))
                    .recheckInterval(Duration.ofMillis(500)).maxRecheckInterval(Duration.ofSeconds(1)).build();
            KafkaPageSink sink = new KafkaPageSink(bootstrap);
            RawTopicSeenUrls seen = new RawTopicSeenUrls(bootstrap);
            KafkaCrawlStateStore state = KafkaCrawlStateStore.sharing(sink, bootstrap);
            Crawler crawler = Crawler.inactive(settings, sites, sink, seen, state);
            return new Instance(agent, crawler, CrawlerGroup.join(bootstrap, crawler, seen, state, WAIT), seen, sink);
        }

        @Override
        public void close() {
            try (sink; seen; crawler; group) {
                // group first: hands the sites over
            }
        }
    }

    @Test
    void instancesShareHostsAndOneTakesOverWhenTheOtherStopsWithoutFetchingTwice() throws Exception {
        List<String> hosts = IntStream.rangeClosed(1, HOSTS).mapToObj(i -> "127.0.0." + i).toList();
        assertThat(hosts.stream().map(h -> HostPartitions.partition(h, Topics.DEFAULT_PARTITIONS)).collect(Collectors.toSet()))
                .as("the fixture's hosts fall into every partition").hasSize(Topics.DEFAULT_PARTITIONS);
        AtomicInteger visible = new AtomicInteger(ARTICLES - 1);
        List<TestServer> servers = new ArrayList<>();
        try (TestCluster cluster = TestCluster.start(dir)) {
            List<SiteConfig> sites = new ArrayList<>();
            for (int h = 0; h < HOSTS; h++) {
                TestServer server = new TestServer(hosts.get(h));
                servers.add(server);
                server.robots("").route("/news/index.html", ex -> TestServer.send(ex, 200, "text/html; charset=UTF-8",
                        list(visible.get()).getBytes(StandardCharsets.UTF_8)));
                for (int a = 1; a <= ARTICLES; a++) {
                    server.html(article(a), "<html><body><p>第" + a + "篇正文</p></body></html>");
                }
                sites.add(new SiteConfig("site-" + (h + 1), "测试站" + (h + 1), Optional.empty(),
                        List.of(server.uri("/news/index.html"))));
            }

            Instance a = Instance.join(cluster.bootstrapServers(), sites, "BotA");
            Instance b = Instance.join(cluster.bootstrapServers(), sites, "BotB");
            try {
                Await.until("both instances to own partitions", WAIT, () -> !a.group().partitions().isEmpty()
                        && !b.group().partitions().isEmpty()
                        && a.group().partitions().size() + b.group().partitions().size() == Topics.DEFAULT_PARTITIONS,
                        () -> a.group().partitions() + " " + b.group().partitions());
                assertThat(a.crawler().activeSites()).doesNotContainAnyElementsOf(b.crawler().activeSites());
                assertThat(a.crawler().activeSites().size() + b.crawler().activeSites().size()).isEqualTo(HOSTS);
                a.crawler().start();
                b.crawler().start();
                Await.until("articles 1–3 of every host fetched", WAIT, () -> fetched(servers, ARTICLES - 1));

                Map<String, Set<String>> agents = agentsPerHost(servers, hosts);
                assertThat(agents).allSatisfy((host, who) -> assertThat(who).as(host).hasSize(1));
                assertThat(agents.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                        .containsExactlyInAnyOrder("BotA", "BotB");
                Set<String> bHosts = agents.entrySet().stream().filter(e -> e.getValue().contains("BotB"))
                        .map(Map.Entry::getKey).collect(Collectors.toSet());

                b.close(); // B leaves the group; A takes B's hosts over
                long bGone = System.nanoTime();
                visible.set(ARTICLES);
                Await.until("article 4 of every host fetched", WAIT, () -> fetched(servers, ARTICLES));
                assertThat(a.crawler().activeSites()).hasSize(HOSTS);

                for (int h = 0; h < HOSTS; h++) {
                    TestServer server = servers.get(h);
                    for (int n = 1; n <= ARTICLES; n++) {
                        String path = article(n);
                        assertThat(server.paths().stream().filter(path::equals).count())
                                .as("%s%s fetched", hosts.get(h), path).isEqualTo(1);
                    }
                    assertThat(server.hits()).filteredOn(hit -> hit.nanos() > bGone)
                            .allSatisfy(hit -> assertThat(hit.agent()).startsWith("BotA/"));
                }
                assertThat(bHosts).isNotEmpty().allSatisfy(host -> assertThat(servers.get(hosts.indexOf(host)).hits())
                        .filteredOn(hit -> hit.path().equals(article(ARTICLES)))
                        .singleElement().satisfies(hit -> assertThat(hit.agent()).startsWith("BotA/")));
            } finally {
                b.close();
                a.close();
                servers.forEach(TestServer::close);
            }
        }
    }

    static String article(int n) {
        return "/news/202401/t20240105_" + n + ".html";
    }

    static String list(int articles) {
        StringBuilder li = new StringBuilder("<html><body><ul class=\"list\">");
        for (int n = 1; n <= articles; n++) {
            li.append("<li><a href=\"").append(article(n)).append("\">标题").append(n).append("</a><span>2024-01-05</span></li>");
        }
        return li.append("</ul></body></html>").toString();
    }

    static boolean fetched(List<TestServer> servers, int articles) {
        return servers.stream().allMatch(s -> IntStream.rangeClosed(1, articles).allMatch(n -> s.paths().contains(article(n))));
    }

    /** Which instances (user-agent product tokens) sent any request to each host. */
    static Map<String, Set<String>> agentsPerHost(List<TestServer> servers, List<String> hosts) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (int h = 0; h < servers.size(); h++) {
            Set<String> agents = new HashSet<>();
            servers.get(h).hits().forEach(hit -> agents.add(hit.agent().split("/", 2)[0]));
            out.put(hosts.get(h), agents);
        }
        return out;
    }
}
