package yaowen.cli.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import yaowen.cli.audit.AuditInput;

/** The end every scenario shares: wait until all is processed, stop the sink, audit, judge. */
final class Settle {
    static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(6);

    private Settle() {
    }

    /** Meeting keys of the NEW alerts on the topic: what a channel announcing every meeting must receive once each. */
    static Set<String> newAlertKeys(AuditInput input) {
        Set<String> keys = new TreeSet<>();
        input.alerts().stream().filter(a -> "NEW".equals(a.change())).forEach(a -> keys.add(a.meetingKey()));
        return keys;
    }

    /**
     * Waits until everything is processed, stops {@code sinkHolder} (DuckDB is one process's), audits topics and
     * store, checks the webhook got every alert once and judges, with {@code checks} besides.
     */
    static ScenarioResult finish(String name, long started, FaultRig rig, ChildProcess sinkHolder) throws Exception {
        return finish(name, started, rig, sinkHolder, audited -> List.of());
    }

    /** As {@link #finish(String, long, FaultRig, ChildProcess)}, with the checks {@code checks} makes of the audit. */
    static ScenarioResult finish(String name, long started, FaultRig rig, ChildProcess sinkHolder,
                                 java.util.function.Function<FaultRig.Audited, List<Check>> checks) throws Exception {
        rig.awaitSettled(SETTLE_TIMEOUT, List.of(FaultRig.HOOK));
        boolean clean = sinkHolder.stop(FaultRig.STOP_TIMEOUT);
        FaultRig.Audited audited = rig.audit(true);
        List<Check> all = new ArrayList<>(checks.apply(audited));
        all.add(Check.everyAlertOnce(FaultRig.HOOK, rig.hooks().received(FaultRig.HOOK), newAlertKeys(audited.input())));
        if (!clean) {
            all.add(Check.that(sinkHolder.name() + " stopped on SIGTERM", false, "it had to be killed; see " + sinkHolder.log()));
        }
        return ScenarioResult.judge(name, Duration.ofNanos(System.nanoTime() - started), audited.report(),
                rig.expectedRawPages(), all);
    }
}
