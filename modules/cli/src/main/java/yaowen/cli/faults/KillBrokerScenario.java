package yaowen.cli.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A KRaft cluster of three {@code yaowen broker} processes (replication 3, min.insync.replicas 2) loses, with
 * kill -9, the broker leading most partitions of the raw and articles topics, mid-stream. One node runs every
 * role against all three addresses while the farm publishes; the pipeline must go on with two brokers (articles
 * keep coming while the third is down), and after the killed broker is back and every partition is fully in sync
 * again, the audit must find nothing lost and nothing repeated, every alert announced once.
 */
public final class KillBrokerScenario implements Scenario {
    static final int BROKERS = 3;
    /**
     * Held-back articles (the farm holds back at most its 24 newest), one published every {@link #PUBLISH_EVERY}:
     * the crawl goes on for about 50 s, across the outage.
     */
    static final int HELD_BACK = 24;
    static final Duration PUBLISH_EVERY = Duration.ofSeconds(2);
    /** Held-back articles crawled, and articles made, before the kill, so the flow runs when it strikes. */
    static final int PUBLISHED_BEFORE_KILL = 6;
    static final long ARTICLES_BEFORE_KILL = 10;
    /** Pages fed to the raw topic from the kill on, one a second: new input through most of the outage. */
    static final int FEED_PAGES = 40;
    static final int FEED_PER_SECOND = 1;
    /**
     * How long the broker stays down at least; meanwhile at least {@link #NEW_RAW_DURING_OUTAGE} raw pages must
     * come in and the articles must outnumber the raw pages there were at the kill by {@link #NEW_ARTICLES_DURING_OUTAGE}
     * (pages that arrived with the broker down made into articles with it down).
     */
    static final Duration OUTAGE = Duration.ofSeconds(40);
    static final long NEW_RAW_DURING_OUTAGE = 10;
    static final long NEW_ARTICLES_DURING_OUTAGE = 5;
    static final Duration OUTAGE_PROGRESS_TIMEOUT = Duration.ofMinutes(3);
    static final Duration IN_SYNC_TIMEOUT = Duration.ofMinutes(3);

    @Override
    public String name() {
        return "kill-broker";
    }

    @Override
    public String proves() {
        return "in a 3-broker KRaft cluster (replication 3, min.insync.replicas 2) the broker leading most partitions"
                + " killed with kill -9 mid-stream stops nothing: articles keep coming with two brokers, and after it is"
                + " back nothing is lost or repeated";
    }

    @Override
    public ScenarioResult run(Path workDir, Progress progress) throws Exception {
        long started = System.nanoTime();
        try (FaultRig rig = FaultRig.openCluster(workDir, progress, HELD_BACK, List.of(), BROKERS)) {
            long history = rig.farmArticles() - rig.heldBack();
            ChildProcess node = rig.node("all", "crawl,pipeline,sink,alerts");
            rig.startPublishing(PUBLISH_EVERY);
            rig.await("the flow running (" + (history + PUBLISHED_BEFORE_KILL) + " raw pages, " + ARTICLES_BEFORE_KILL
                    + " articles)", Duration.ofMinutes(4), () -> rig.count(rig.topics().pagesRaw()) >= history + PUBLISHED_BEFORE_KILL
                    && rig.count(rig.topics().articles()) >= ARTICLES_BEFORE_KILL);

            List<String> watched = List.of(rig.topics().pagesRaw(), rig.topics().articles());
            List<Integer> leaders = rig.partitionLeaders(watched);
            int victim = mostLeading(leaders);
            progress.say("partition leaders of " + watched + ": " + leadersByNode(leaders) + "; killing broker " + victim);
            rig.feed(FEED_PAGES, FEED_PER_SECOND);
            Map<String, Long> before = rig.counts();
            long killedAt = System.nanoTime();
            rig.killClusterNode(victim);

            long articlesBefore = before.get(rig.topics().articles());
            long rawBefore = before.get(rig.topics().pagesRaw());
            boolean progressed = rig.within("new pages made into articles with broker " + victim + " down",
                    OUTAGE_PROGRESS_TIMEOUT, () -> rig.count(rig.topics().pagesRaw()) >= rawBefore + NEW_RAW_DURING_OUTAGE
                            && rig.count(rig.topics().articles()) >= rawBefore + NEW_ARTICLES_DURING_OUTAGE);
            long leftToWait = OUTAGE.toNanos() - (System.nanoTime() - killedAt);
            if (leftToWait > 0) {
                Thread.sleep(leftToWait / 1_000_000);
            }
            Map<String, Long> during = rig.counts();
            long outage = System.nanoTime() - killedAt;
            long articlesDuring = during.get(rig.topics().articles());
            long newArticles = articlesDuring - articlesBefore;
            long newRaw = during.get(rig.topics().pagesRaw()) - rawBefore;
            List<Integer> leadersDuring = rig.partitionLeaders(watched);
            progress.say("with broker " + victim + " down for " + FaultRig.seconds(outage) + ": raw +" + newRaw
                    + ", articles +" + newArticles + "; leaders now " + leadersByNode(leadersDuring));

            rig.restartClusterNode(victim);
            long[] under = {-1};
            boolean inSync = rig.within("every partition fully in sync", IN_SYNC_TIMEOUT, () -> {
                try {
                    under[0] = rig.underReplicatedPartitions();
                    return under[0] == 0;
                } catch (Exception e) {
                    return false;
                }
            });

            List<Check> checks = new ArrayList<>();
            checks.add(Check.that("the crawl and the pipeline went on with broker " + victim + " down", progressed
                            && newRaw >= NEW_RAW_DURING_OUTAGE && articlesDuring >= rawBefore + NEW_ARTICLES_DURING_OUTAGE,
                    String.format("in %s: raw %d → %d, articles %d → %d (needed raw +%d, articles ≥ raw at the kill + %d);"
                                    + " broker %d led %d of %d partitions of %s", FaultRig.seconds(outage), rawBefore,
                            rawBefore + newRaw, articlesBefore, articlesDuring, NEW_RAW_DURING_OUTAGE,
                            NEW_ARTICLES_DURING_OUTAGE, victim, leaders.stream().filter(l -> l == victim).count(),
                            leaders.size(), watched)));
            checks.add(Check.that("no partition led by the killed broker while it was down",
                    !leadersDuring.contains(victim), "leaders " + leadersByNode(leadersDuring)));
            checks.add(Check.that("every partition fully in sync after broker " + victim + " came back", inSync,
                    under[0] + " under-replicated partitions"));
            return Settle.finish(name(), started, rig, node, audited -> checks);
        }
    }

    /**
     * The node leading the most of {@code leaders} (one node id per partition); on a tie the lowest id. Pure.
     *
     * @throws IllegalArgumentException when no partition has a leader
     */
    static int mostLeading(List<Integer> leaders) {
        return leadersByNode(leaders).entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalArgumentException("no partition has a leader"));
    }

    /** How many of {@code leaders} each node leads, by node id. Pure. */
    static Map<Integer, Long> leadersByNode(List<Integer> leaders) {
        return leaders.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
