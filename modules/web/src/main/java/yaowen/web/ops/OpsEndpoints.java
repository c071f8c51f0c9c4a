package yaowen.web.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The operator's routes of the web port, rendered without any HTTP: {@code /metrics} (Prometheus text
 * format 0.0.4), {@code /health/live} (200 while the process serves), {@code /health/ready} (200 when
 * every {@link HealthCheck} is UP, else 503 naming the checks that fail and why) and {@code /api/sites}
 * (every monitored site, failing ones with their reason). Thread-safe if the checks and suppliers are.
 */
public final class OpsEndpoints {
    /** The paths answered here. */
    public static final Set<String> PATHS = Set.of("/metrics", "/health/live", "/health/ready", "/api/sites");
    /** Prometheus text exposition format. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A response: status, content type and body. */
    public record Reply(int status, String contentType, byte[] body) {
    }

    private final PrometheusMeterRegistry registry;
    private final Runnable beforeScrape;
    private final List<HealthCheck> checks;
    private final Supplier<List<SiteHealth>> sites;

    /**
     * @param registry     the meters {@code /metrics} shows
     * @param beforeScrape run before each scrape, e.g. to register meters of hosts seen since the last one
     * @param checks       what readiness is made of, in the order the body lists them
     * @param sites        the monitored sites now (empty when this node does not crawl)
     */
    public OpsEndpoints(PrometheusMeterRegistry registry, Runnable beforeScrape, List<HealthCheck> checks,
                        Supplier<List<SiteHealth>> sites) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.beforeScrape = Objects.requireNonNull(beforeScrape, "beforeScrape");
        this.checks = List.copyOf(checks);
        this.sites = Objects.requireNonNull(sites, "sites");
    }

    /** The reply for {@code path}, one of {@link #PATHS}. */
    public Reply reply(String path) {
        return switch (path) {
            case "/metrics" -> {
                beforeScrape.run();
                yield new Reply(200, PROMETHEUS_TEXT, registry.scrape().getBytes(StandardCharsets.UTF_8));
            }
            case "/health/live" -> new Reply(200, JSON, "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8));
            case "/health/ready" -> {
                Readiness readiness = Readiness.of(checks);
                yield new Reply(readiness.up() ? 200 : 503, JSON, bytes(readiness(readiness)));
            }
            case "/api/sites" -> new Reply(200, JSON, bytes(sites(sites.get())));
            default -> throw new IllegalArgumentException("not an operations path: " + path);
        };
    }

    /** {@code {"status":"DOWN","checks":{"sites":{"status":"DOWN","reason":…,"failing":[…]}, …}}}. */
    static ObjectNode readiness(Readiness readiness) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", status(readiness.up()));
        ObjectNode checks = root.putObject("checks");
        readiness.checks().forEach((name, health) -> {
            ObjectNode c = checks.putObject(name);
            c.put("status", status(health.up()));
            if (!health.up()) {
                c.put("reason", health.reason());
            }
            if (!health.failing().isEmpty()) {
                ArrayNode failing = c.putArray("failing");
                health.failing().forEach(s -> failing.addObject().put("site", s.site())
                        .put("since", s.failingSince().orElseThrow().toString()).put("reason", s.reason()));
            }
        });
        return root;
    }

    /** {@code {"sites":[{"site":…,"status":"FAILING","failingSince":…,"reason":…,…}],"failing":N}}. */
    static ObjectNode sites(List<SiteHealth> sites) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("sites");
        for (SiteHealth s : sites) {
            ObjectNode n = array.addObject();
            n.put("site", s.site());
            n.put("status", s.failing() ? "FAILING" : s.checks() == 0 ? "NOT_CHECKED_YET" : "OK");
            s.failingSince().ifPresent(since -> n.put("failingSince", since.toString()).put("reason", s.reason()));
            s.lastSuccess().ifPresent(t -> n.put("lastSuccess", t.toString()));
            n.put("checkIntervalSeconds", s.checkInterval().toSeconds());
            n.put("checks", s.checks());
            n.put("failedChecks", s.failedChecks());
            n.put("articles", s.articles());
        }
        root.put("failing", sites.stream().filter(SiteHealth::failing).count());
        return root;
    }

    private static String status(boolean up) {
        return up ? "UP" : "DOWN";
    }

    private static byte[] bytes(Object node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
