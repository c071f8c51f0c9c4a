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
    /** Held-back articles, one published every {@link #PUBLISH_EVERY}: enough to keep the crawl busy past the outage. */
    static final int HELD_BACK = 160;
    static final Duration PUBLISH_EVERY = Duration.ofMillis(400);
    /** Held-back articles published before the kill, so the flow runs at full speed when it strikes. */
    static final int PUBLISHED_BEFORE_KILL = 30;
    /** How long the broker stays down at least, and the new articles the pipeline must make meanwhile. */
    static final Duration OUTAGE = Duration.ofSeconds(40);
    static final long ARTICLES_DURING_OUTAGE = 20;
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
            ChildProcess node = rig.node("all", "crawl,pipeline,sink,alerts");
            rig.startPublishing(PUBLISH_EVERY);
            long history = rig.farmArticles() - HELD_BACK;
            rig.awaitRaw(history + PUBLISHED_BEFORE_KILL, Duration.ofMinutes(4));

            List<String> watched = List.of(rig.topics().pagesRaw(), rig.topics().articles());
            List<Integer> leaders = rig.partitionLeaders(watched);
            int victim = mostLeading(leaders);
            progress.say("partition leaders of " + watched + ": " + leadersByNode(leaders) + "; killing broker " + victim);
            Map<String, Long> before = rig.counts();
            long killedAt = System.nanoTime();
            rig.killClusterNode(victim);

            long articlesBefore = before.get(rig.topics().articles());
            long rawBefore = before.get(rig.topics().pagesRaw());
            boolean progressed = rig.within(ARTICLES_DURING_OUTAGE + " new articles with broker " + victim + " down",
                    OUTAGE_PROGRESS_TIMEOUT,
                    () -> rig.count(rig.topics().articles()) >= articlesBefore + ARTICLES_DURING_OUTAGE);
            long leftToWait = OUTAGE.toNanos() - (System.nanoTime() - killedAt);
            if (leftToWait > 0) {
                Thread.sleep(leftToWait / 1_000_000);
            }
            Map<String, Long> during = rig.counts();
            long outage = System.nanoTime() - killedAt;
            long newArticles = during.get(rig.topics().articles()) - articlesBefore;
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
            checks.add(Check.that("the pipeline went on with broker " + victim + " down", progressed
                            && newArticles >= ARTICLES_DURING_OUTAGE,
                    String.format("raw +%d, articles +%d in %s (%d needed); broker %d led %d of %d partitions of %s",
                            newRaw, newArticles, FaultRig.seconds(outage), ARTICLES_DURING_OUTAGE, victim,
                            leaders.stream().filter(l -> l == victim).count(), leaders.size(), watched)));
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
