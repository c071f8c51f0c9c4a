package yaowen.cli.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs scenarios one after another, each in a directory of its own under a work dir, printing progress
 * and each result; a scenario's directory (logs, configs, data) is deleted when it passed unless kept.
 */
public final class FaultSuite {
    private final Path workDir;
    private final boolean keep;
    private final PrintStream out;

    public FaultSuite(Path workDir, boolean keep, PrintStream out) {
        this.workDir = workDir;
        this.keep = keep;
        this.out = out;
    }

    /** Runs {@code scenarios}; returns their results in order. */
    public List<ScenarioResult> run(List<Scenario> scenarios) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            Path dir = workDir.resolve(s.name());
            out.println("=== " + s.name() + ": " + s.proves());
            long started = System.nanoTime();
            ScenarioResult result;
            try {
                result = s.run(dir, line -> out.printf("[%s %5.1fs] %s%n", s.name(), (System.nanoTime() - started) / 1e9, line));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = ScenarioResult.failed(s.name(), Duration.ofNanos(System.nanoTime() - started), e);
            } catch (Exception | AssertionError e) {
                result = ScenarioResult.failed(s.name(), Duration.ofNanos(System.nanoTime() - started), e);
            }
            result.details().forEach(d -> out.println("    " + d));
            out.println(result.line());
            if (result.passed() && !keep) {
                delete(dir);
            } else {
                out.println("    logs and data kept in " + dir);
            }
            results.add(result);
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        out.println();
        out.println("Fault suite: " + results.stream().filter(ScenarioResult::passed).count() + " of " + results.size()
                + " passed");
        results.forEach(r -> out.println("  " + r.line()));
        return results;
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temp dir is no failure of the suite
        }
    }
}
