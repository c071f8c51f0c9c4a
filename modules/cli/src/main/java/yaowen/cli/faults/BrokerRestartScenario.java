package yaowen.cli.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** kill -9 of the (one-node) broker during a crawl, and a restart on the same data: no page is lost. */
public final class BrokerRestartScenario implements Scenario {
    @Override
    public String name() {
        return "broker-restart";
    }

    @Override
    public String proves() {
        return "a broker killed with kill -9 during a crawl and restarted loses no page, and nothing is processed twice";
    }

    @Override
    public ScenarioResult run(Path workDir, Progress progress) throws Exception {
        long started = System.nanoTime();
        try (FaultRig rig = FaultRig.open(workDir, progress, 100, List.of())) {
            ChildProcess node = rig.node("all", "crawl,pipeline,sink,alerts");
            rig.startPublishing(Duration.ofMillis(400));
            rig.awaitRaw(rig.expectedRawPages() * 2 / 5, Duration.ofMinutes(3));
            rig.restartBroker(true);
            return Settle.finish(name(), started, rig, node);
        }
    }
}
