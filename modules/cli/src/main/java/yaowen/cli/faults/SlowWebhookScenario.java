package yaowen.cli.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Two webhook channels, one answering every request only after {@link #DELAY}: the other gets every alert
 * once and on time, while the slow one is still working through its queue.
 */
public final class SlowWebhookScenario implements Scenario {
    static final String SLOW = "slow";
    static final Duration DELAY = Duration.ofSeconds(3);

    @Override
    public String name() {
        return "slow-webhook";
    }

    @Override
    public String proves() {
        return "a webhook that takes " + DELAY.toSeconds() + " s per alert holds back only its own channel: another"
                + " channel gets every alert once, without waiting";
    }

    @Override
    public ScenarioResult run(Path workDir, Progress progress) throws Exception {
        long started = System.nanoTime();
        try (FaultRig rig = FaultRig.open(workDir, progress, 100, List.of())) {
            rig.hooks().slow(SLOW, DELAY);
            ChildProcess node = rig.node("all", "crawl,pipeline,sink,alerts", List.of(
                    new NodeYaml.Channel(FaultRig.HOOK, rig.hooks().url(FaultRig.HOOK), Duration.ofSeconds(10)),
                    new NodeYaml.Channel(SLOW, rig.hooks().url(SLOW), Duration.ofSeconds(10))));
            rig.startPublishing(Duration.ofMillis(400));
            rig.awaitSettled(Settle.SETTLE_TIMEOUT, List.of(FaultRig.HOOK));
            long fastDone = System.nanoTime();
            long slowBehind = rig.lag(List.of(SLOW)).get("alerts " + SLOW);
            Map<String, Long> slowSoFar = rig.hooks().received(SLOW);
            long slowRepeats = slowSoFar.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
            progress.say(String.format("fast channel complete after %s; slow channel has %d alerts, %d to go",
                    FaultRig.seconds(fastDone - started), slowSoFar.size(), slowBehind));
            return Settle.finish(name(), started, rig, node, audited -> List.of(
                    Check.that("the fast channel finished while the slow one was still sending", slowBehind > 0,
                            String.format("slow channel: %d alerts received, %d still to send, when the fast one had all %d",
                                    slowSoFar.size(), slowBehind, Settle.newAlertKeys(audited.input()).size())),
                    new Check("the slow channel repeated no alert", slowRepeats == 0, slowRepeats, 0,
                            slowRepeats + " repeated")));
        }
    }
}
