package yaowen.cli.commands;

import java.nio.file.Path;
import java.util.Optional;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.YaowenConfig;
import yaowen.farm.SiteFarm;

/** The node configuration of the demo: the farm's sites, loopback allowed, short delays for a local farm. */
public final class DemoConfig {
    private DemoConfig() {
    }

    /** A config monitoring every site of {@code farm}, written as YAML so it passes the same validation as a user's. */
    public static YaowenConfig forFarm(SiteFarm farm, Path dataDir, int webPort, Optional<String> bootstrapServers) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("dataDir: '").append(dataDir).append("'\n");
        bootstrapServers.ifPresent(b -> yaml.append("kafka: {bootstrapServers: '").append(b).append("'}\n"));
        yaml.append("crawler: {minDelayPerHost: 50ms, recheckInterval: 2s, minRecheckInterval: 1s, maxRecheckInterval: 4s,"
                + " maxListPages: 10, allowPrivateAddresses: true}\n");
        yaml.append("web: {port: ").append(webPort).append("}\n");
        // The farm's meetings are years old: the demo announces them all, where a real first start would not.
        yaml.append("alerts: {rules: [{name: demo, notOlderThan: 36500d}]}\n");
        yaml.append(sitesYaml(farm));
        return ConfigLoader.parse(yaml.toString(), "demo");
    }

    /** The farm's sites as a registry file holds them ({@code sites:} only), for {@code sitesFile}. */
    public static String sitesYaml(SiteFarm farm) {
        StringBuilder yaml = new StringBuilder("sites:\n");
        farm.sites().forEach(s -> {
            yaml.append("  - id: ").append(s.id()).append("\n    name: '").append(s.name()).append("'\n");
            s.regionCode().ifPresent(code -> yaml.append("    regionCode: '").append(code).append("'\n"));
            yaml.append("    listUrls: [")
                    .append(String.join(", ", s.listUrls().stream().map(u -> "'" + u + "'").toList()))
                    .append("]\n");
        });
        return yaml.toString();
    }
}
