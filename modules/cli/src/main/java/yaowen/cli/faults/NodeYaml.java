package yaowen.cli.faults;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The config file of one node of a fault scenario, as a user would write it: the cluster, a data dir of its
 * own (each process locks its own), the shared DuckDB file, fast crawl settings for a loopback farm, no
 * dashboard, webhook channels announcing every meeting. Pure.
 */
final class NodeYaml {
    /** A monitored site. */
    record Site(String id, String name, Optional<String> regionCode, List<URI> listUrls) {
    }

    /** A webhook channel. */
    record Channel(String name, URI url, Duration timeout) {
    }

    /** Alerts per minute each channel may send: high enough that delivery keeps up with a scenario. */
    static final int RATE_PER_MINUTE = 600;

    private NodeYaml() {
    }

    static String render(Path dataDir, String bootstrapServers, Path store, List<Channel> channels, List<Site> sites) {
        StringBuilder y = new StringBuilder();
        y.append("dataDir: ").append(quote(dataDir.toString())).append('\n');
        y.append("kafka: {bootstrapServers: ").append(quote(bootstrapServers)).append("}\n");
        y.append("crawler: {minDelayPerHost: 50ms, recheckInterval: 2s, minRecheckInterval: 1s, maxRecheckInterval: 4s,"
                + " maxListPages: 10, allowPrivateAddresses: true}\n");
        y.append("web: {enabled: false}\n");
        y.append("store: {type: duckdb, duckdbPath: ").append(quote(store.toString())).append("}\n");
        y.append("alerts:\n  console: false\n  channels:\n");
        for (Channel c : channels) {
            y.append("    - {name: ").append(c.name()).append(", type: webhook, url: ").append(quote(c.url().toString()))
                    .append(", timeout: ").append(c.timeout().toMillis()).append("ms}\n");
        }
        // the farm's meetings are years old: announce them all, as the demo does
        y.append("  rules: [{name: every, notOlderThan: 36500d}]\n");
        y.append("  delivery: {ratePerMinute: ").append(RATE_PER_MINUTE).append(", firstRetry: 500ms, maxRetryWait: 5s}\n");
        y.append("sites:\n");
        for (Site s : sites) {
            y.append("  - id: ").append(s.id()).append('\n');
            y.append("    name: ").append(quote(s.name())).append('\n');
            s.regionCode().ifPresent(code -> y.append("    regionCode: ").append(quote(code)).append('\n'));
            y.append("    listUrls: [").append(String.join(", ", s.listUrls().stream().map(u -> quote(u.toString())).toList()))
                    .append("]\n");
        }
        return y.toString();
    }

    /** A YAML single-quoted scalar. */
    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
