package yaowen.cli.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A monitored site whose list links {@link #LINKS} articles that each take {@link #DELAY} to answer: the
 * farm's articles published meanwhile are crawled within a few rechecks, not after the slow site's round.
 */
public final class SlowSiteScenario implements Scenario {
    static final int LINKS = 40;
    static final Duration DELAY = Duration.ofSeconds(3);
    /** How long after the last publication every farm article must be in: a few recheck intervals (≤ 4 s each). */
    static final Duration ON_TIME = Duration.ofSeconds(45);

    @Override
    public String name() {
        return "slow-site";
    }

    @Override
    public String proves() {
        return "a site answering each page after " + DELAY.toSeconds() + " s (" + LINKS + " pages) does not hold back"
                + " the other sites' new articles";
    }

    @Override
    public ScenarioResult run(Path workDir, Progress progress) throws Exception {
        long started = System.nanoTime();
        try (SlowSite slow = SlowSite.start(LINKS, DELAY);
             FaultRig rig = FaultRig.open(workDir, progress, 100, List.of(new NodeYaml.Site("slow-site", "慢站",
                     Optional.empty(), List.of(slow.listUrl()))))) {
            String slowHost = slow.listUrl().getAuthority();
            ChildProcess node = rig.node("all", "crawl,pipeline,sink,alerts");
            rig.startPublishing(Duration.ofMillis(300));
            rig.await("the farm's articles published", Duration.ofMinutes(2), () -> !rig.publishing());
            long published = System.nanoTime();
            boolean onTime = rig.within("every farm article crawled", ON_TIME,
                    () -> rig.rawKeys().stream().filter(k -> !k.contains(slowHost)).count() >= rig.farmArticles());
            long took = System.nanoTime() - published;
            int slowServed = slow.served();
            progress.say(String.format("farm articles %s after the last publication; the slow site has answered %d of %d",
                    onTime ? "all in " + FaultRig.seconds(took) : "NOT all in " + ON_TIME.toSeconds() + " s", slowServed, LINKS));
            rig.addExpected(slowPagesIn(rig, slowHost));
            return Settle.finish(name(), started, rig, node, audited -> List.of(
                    Check.that("the other sites' new articles came in while the slow site was still being read",
                            onTime && slowServed < LINKS, String.format("farm complete %s after the last publication,"
                                    + " slow site %d of %d pages answered then", onTime ? FaultRig.seconds(took)
                                    : "not within " + ON_TIME.toSeconds() + " s", slowServed, LINKS))));
        }
    }

    /** Pages of the slow site on the raw topic now: they count among the expected pages once in. */
    private static int slowPagesIn(FaultRig rig, String slowHost) {
        return (int) rig.rawKeys().stream().filter(k -> k.contains(slowHost)).count();
    }
}
