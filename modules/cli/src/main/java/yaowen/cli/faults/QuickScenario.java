package yaowen.cli.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast subset in one run, for {@code mvn verify}: the pipeline and the sink each in a process of its own,
 * poison injected into the raw topic, then kill -9 of the pipeline, then of the sink, each restarted, while
 * the crawl and fed pages go on. One broker and one set of JVMs instead of three, so it fits a CI budget.
 */
public final class QuickScenario implements Scenario {
    static final int FEED_PAGES = 60;
    static final int FEED_PER_SECOND = 20;

    @Override
    public String name() {
        return "quick";
    }

    @Override
    public String proves() {
        return "poison, then kill -9 of the pipeline and of the sink mid-stream, in one run: every raw page exactly"
                + " once downstream, every poisoned record a dead letter, every alert once";
    }

    @Override
    public boolean fast() {
        return true;
    }

    @Override
    public ScenarioResult run(Path workDir, Progress progress) throws Exception {
        long started = System.nanoTime();
        try (FaultRig rig = FaultRig.open(workDir, progress, 100, List.of())) {
            Map<String, String> roles = new LinkedHashMap<>();
            roles.put("pipeline", "pipeline");
            roles.put("sink", "sink");
            roles.put("others", "crawl,alerts");
            Map<String, ChildProcess> nodes = rig.nodes(roles);
            rig.startPublishing(Duration.ofMillis(300));
            rig.feed(FEED_PAGES, FEED_PER_SECOND);
            rig.awaitRaw(rig.expectedRawPages() / 5, Duration.ofMinutes(3));
            List<String> injected = PoisonScenario.injectAll(rig, progress);
            rig.awaitRaw(rig.expectedRawPages() * 2 / 5, Duration.ofMinutes(3));
            rig.killAndRestart(nodes.get("pipeline"));
            rig.awaitRaw(rig.expectedRawPages() * 3 / 5, Duration.ofMinutes(3));
            ChildProcess sink = rig.killAndRestart(nodes.get("sink"));
            return Settle.finish(name(), started, rig, sink, audited -> {
                long lettered = PoisonScenario.lettered(injected, audited.input().deadLetters(), rig.topics().pagesRaw());
                return List.of(Check.that("every injected record became a dead letter", lettered == injected.size(),
                        lettered + " of " + injected.size()));
            });
        }
    }
}
