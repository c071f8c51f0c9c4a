package yaowen.cli.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kill -9 of one role's process mid-stream, and a restart: the role runs alone in the process killed, the
 * other roles together in another. Raw pages keep coming (the crawl of the farm, whose held-back articles are
 * published one by one, and, unless the crawler is the victim, pages fed straight to the raw topic), so the
 * kill lands while records are in flight.
 */
public final class KillRoleScenario implements Scenario {
    static final List<String> ROLES = List.of("crawl", "pipeline", "sink", "alerts");
    /**
     * Pages fed besides the crawl, and how fast: work in flight for the pipeline, the sink and the alerts. About
     * one copy of each farm article: every copy adds a report to the same metrics, and a metric's reports are
     * rewritten with it in the store, so many more copies measure the store's speed rather than the fault.
     */
    static final int FEED_PAGES = 60;
    static final int FEED_PER_SECOND = 20;
    private final String role;
    private final boolean fast;

    public KillRoleScenario(String role, boolean fast) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("no role " + role + "; one of " + ROLES);
        }
        this.role = role;
        this.fast = fast;
    }

    @Override
    public String name() {
        return "kill-" + (role.equals("crawl") ? "crawler" : role);
    }

    @Override
    public String proves() {
        return switch (role) {
            case "crawl" -> "a crawler killed mid-crawl and restarted neither loses nor repeats a page";
            case "pipeline" -> "a pipeline killed mid-stream and restarted makes every raw page into exactly one article"
                    + " (or dead letter) and one set of meetings and metrics";
            case "sink" -> "a sink killed mid-batch and restarted leaves the store holding every key of the topics";
            default -> "an alert consumer killed mid-delivery and restarted announces every alert once";
        };
    }

    @Override
    public boolean fast() {
        return fast;
    }

    @Override
    public ScenarioResult run(Path workDir, Progress progress) throws Exception {
        long started = System.nanoTime();
        Set<String> others = new LinkedHashSet<>(ROLES);
        others.remove(role);
        try (FaultRig rig = FaultRig.open(workDir, progress, 100, List.of())) {
            Map<String, ChildProcess> nodes = rig.nodes(Map.of(role, role, "others", String.join(",", others)));
            ChildProcess victim = nodes.get(role);
            ChildProcess rest = nodes.get("others");
            rig.startPublishing(Duration.ofMillis(400));
            if (!role.equals("crawl")) {
                rig.feed(FEED_PAGES, FEED_PER_SECOND);
            }
            if (role.equals("alerts")) {
                rig.await("a few alerts delivered", Duration.ofMinutes(3),
                        () -> rig.hooks().received(FaultRig.HOOK).size() >= 3);
            } else {
                rig.awaitRaw(rig.expectedRawPages() * 2 / 5, Duration.ofMinutes(3));
            }
            victim = rig.killAndRestart(victim);
            return Settle.finish(name(), started, rig, role.equals("sink") ? victim : rest);
        }
    }
}
