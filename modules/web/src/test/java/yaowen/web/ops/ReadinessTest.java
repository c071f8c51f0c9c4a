package yaowen.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessTest {
    static final HealthCheck BROKER_UP = HealthCheck.of("broker", Health::ok);
    static final HealthCheck PIPELINE_DOWN = HealthCheck.of("pipeline", () -> Health.down("pipeline is REBALANCING"));

    @Test
    void isUpOnlyWhenEveryCheckIs() {
        assertThat(Readiness.of(List.of(BROKER_UP)).up()).isTrue();
        assertThat(Readiness.of(List.of(BROKER_UP, PIPELINE_DOWN)).up()).isFalse();
        assertThat(Readiness.of(List.of()).up()).isTrue();
    }

    @Test
    void aCheckThatThrowsIsDownWithItsMessageAndTheOthersStillRun() {
        HealthCheck throwing = HealthCheck.of("store", () -> {
            throw new IllegalStateException("database is locked");
        });
        Readiness r = Readiness.of(List.of(throwing, BROKER_UP));

        assertThat(r.checks().keySet()).containsExactly("store", "broker");
        assertThat(r.checks().get("store").reason()).isEqualTo("check failed: database is locked");
        assertThat(r.checks().get("broker").up()).isTrue();
    }

    @Test
    void theReadyRouteAnswers503WithWhichCheckFailsAndWhy() throws Exception {
        SiteHealth dead = SitesCheckTest.failing("x", Duration.ofHours(1), "DNS: no such host x.invalid");
        HealthCheck sites = HealthCheck.of("sites", () -> SitesCheck.evaluate(List.of(dead), SitesCheckTest.NOW, 3));
        OpsEndpoints ops = new OpsEndpoints(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> { },
                List.of(BROKER_UP, sites), () -> List.of(dead, SitesCheckTest.answering("y")));

        OpsEndpoints.Reply ready = ops.reply("/health/ready");
        assertThat(ready.status()).isEqualTo(503);
        JsonNode body = new ObjectMapper().readTree(ready.body());
        assertThat(body.path("status").asText()).isEqualTo("DOWN");
        assertThat(body.path("checks").path("broker").path("status").asText()).isEqualTo("UP");
        JsonNode failing = body.path("checks").path("sites").path("failing").get(0);
        assertThat(failing.path("site").asText()).isEqualTo("x");
        assertThat(failing.path("reason").asText()).isEqualTo("DNS: no such host x.invalid");
        assertThat(failing.path("since").asText()).isEqualTo("2026-12-05T07:00:00Z");

        JsonNode api = new ObjectMapper().readTree(ops.reply("/api/sites").body());
        assertThat(api.path("failing").asInt()).isEqualTo(1);
        assertThat(api.path("sites").get(0).path("status").asText()).isEqualTo("FAILING");
        assertThat(api.path("sites").get(0).path("reason").asText()).isEqualTo("DNS: no such host x.invalid");
        assertThat(api.path("sites").get(1).path("status").asText()).isEqualTo("OK");
        assertThat(api.path("sites").get(1).has("reason")).isFalse();

        assertThat(ops.reply("/health/live").status()).isEqualTo(200);
    }

    @Test
    void theMetricsRouteRunsTheRefreshThenScrapesInPrometheusTextFormat() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        OpsEndpoints ops = new OpsEndpoints(registry, () -> registry.counter("yaowen.test.refreshed").increment(),
                List.of(), List::of);

        OpsEndpoints.Reply reply = ops.reply("/metrics");
        assertThat(reply.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).contains("yaowen_test_refreshed_total 1.0");
    }
}
