package yaowen.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import yaowen.cli.faults.FaultSuite;
import yaowen.cli.faults.Scenario;
import yaowen.cli.faults.ScenarioResult;
import yaowen.cli.faults.Scenarios;

/** {@code yaowen faults}: the fault suite, on real processes on this machine. */
@Command(name = "faults", mixinStandardHelpOptions = true,
        header = "Runs the fault suite on real processes and says what was lost or repeated.",
        description = {"Runs the fault scenarios: a broker and nodes in processes of their own on loopback, the sample",
                "portals as sites; kills, restarts, poisons and slows them, then audits topics, store and alerts.",
                "Each scenario prints records in, out, duplicates and losses, and PASS or FAIL.",
                "Exit status 0 when every scenario passed, 1 otherwise. Takes several minutes; needs ~3 GB of memory."})
public final class FaultsCommand implements Callable<Integer> {
    @Option(names = "--scenarios", description = "Comma-separated scenarios to run (default: all). Known: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Names.class)
    String scenarios;

    @Option(names = "--keep", description = "Keep every scenario's logs and data (a failed one's are always kept).")
    boolean keep;

    @Option(names = "--work-dir", description = "Where scenarios keep their data and logs (default: a new temp dir).")
    Path workDir;

    @Option(names = "--list", description = "List the scenarios and what each proves, and exit.")
    boolean list;

    /** The scenario names, for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Scenarios.ALL.stream().map(Scenario::name).iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        if (list) {
            Scenarios.ALL.forEach(s -> System.out.printf("%-16s %s%s%n", s.name(), s.proves(), s.fast() ? " (also in mvn verify)" : ""));
            return 0;
        }
        List<Scenario> chosen = scenarios == null ? Scenarios.ALL : Scenarios.select(scenarios, Scenarios.ALL);
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("yaowen-faults-");
        System.out.println("Fault suite: " + chosen.size() + " scenarios, work dir " + dir);
        List<ScenarioResult> results = new FaultSuite(dir, keep, System.out).run(chosen);
        return results.stream().allMatch(ScenarioResult::passed) ? 0 : 1;
    }
}
