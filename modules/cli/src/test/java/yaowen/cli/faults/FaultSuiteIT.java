package yaowen.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite's fast subset ({@link Scenarios#fast()}) on real processes: a broker and nodes in JVMs of
 * their own, kill -9 of the pipeline and of the sink mid-stream and poisoned records, judged by the audit.
 * Its processes share the machine's cores: on two cores at load average ~50 (eight builds at once) it took
 * 9.9 minutes, so the timeout leaves room for a busy machine rather than fitting an idle one.
 */
@Tag("integration")
@Timeout(900)
class FaultSuiteIT {
    @TempDir
    Path workDir;

    @Test
    void theFastScenariosNeitherLoseNorRepeatAnything() {
        List<ScenarioResult> results = new FaultSuite(workDir, false, System.out).run(Scenarios.fast());

        assertThat(results).isNotEmpty().allSatisfy(r -> {
            assertThat(r.details()).as(r.name() + " details").noneMatch(d -> d.startsWith("FAIL"));
            assertThat(r.recordsIn()).as(r.name() + " records in").isPositive();
            assertThat(r.recordsOut()).as(r.name() + " records out").isEqualTo(r.recordsIn());
            assertThat(r.duplicates()).as(r.name() + " duplicates").isZero();
            assertThat(r.lost()).as(r.name() + " lost").isZero();
            assertThat(r.passed()).as(r.line()).isTrue();
        });
    }
}
