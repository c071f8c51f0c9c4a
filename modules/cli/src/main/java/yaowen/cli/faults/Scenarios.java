package yaowen.cli.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of fault scenarios, in the order {@code yaowen faults} runs them. A new scenario (say, a
 * three-broker cluster losing a broker) is one more {@link Scenario} class added to {@link #ALL}.
 */
public final class Scenarios {
    /** Every scenario; {@link Scenario#fast()} ones also run in {@code mvn verify}. */
    public static final List<Scenario> ALL = List.of(
            new QuickScenario(),
            new KillRoleScenario("pipeline", false),
            new KillRoleScenario("sink", false),
            new PoisonScenario(),
            new KillRoleScenario("alerts", false),
            new KillRoleScenario("crawl", false),
            new BrokerRestartScenario(),
            new KillBrokerScenario(),
            new SlowWebhookScenario(),
            new SlowSiteScenario());

    private Scenarios() {
    }

    /** The scenarios {@code mvn verify} runs. */
    public static List<Scenario> fast() {
        return ALL.stream().filter(Scenario::fast).toList();
    }

    /**
     * The scenarios named in {@code csv} (comma-separated names), in the order given.
     *
     * @throws IllegalArgumentException naming an unknown scenario and the known ones
     */
    public static List<Scenario> select(String csv, List<Scenario> known) {
        Map<String, Scenario> byName = known.stream().collect(Collectors.toMap(Scenario::name, Function.identity()));
        List<Scenario> chosen = new ArrayList<>();
        for (String name : csv.split(",")) {
            String n = name.trim();
            if (n.isEmpty()) {
                continue;
            }
            Scenario s = byName.get(n);
            if (s == null) {
                throw new IllegalArgumentException("no fault scenario '" + n + "'; known: "
                        + known.stream().map(Scenario::name).collect(Collectors.joining(", ")));
            }
            if (!chosen.contains(s)) {
                chosen.add(s);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("--scenarios names no scenario");
        }
        return chosen;
    }
}
