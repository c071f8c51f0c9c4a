package yaowen.cli.faults;

import java.nio.file.Path;

/**
 * One fault and what must hold through it. A scenario starts what it needs in {@code workDir} (usually a
 * {@link FaultRig}), injures it, waits for the system to settle and judges ({@link ScenarioResult#judge}).
 * Add one to {@link Scenarios#ALL} to make it part of {@code yaowen faults}.
 */
public interface Scenario {
    /** Short id used by {@code --scenarios}: lower case, words joined by '-'. */
    String name();

    /** What passing proves, one sentence for the report. */
    String proves();

    /** Whether it is part of the subset {@code mvn verify} runs (quick enough for CI); no by default. */
    default boolean fast() {
        return false;
    }

    /** Runs the scenario in {@code workDir} (empty, its own), saying what it does on {@code progress}. */
    ScenarioResult run(Path workDir, Progress progress) throws Exception;
}
