package yaowen.cli.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import yaowen.cli.audit.AuditReport;

/**
 * How a scenario ended: records in (raw pages), out (articles and dead letters), duplicates and losses
 * counted by the audit and the scenario's own checks, how long it took, and the lines that show why.
 */
public record ScenarioResult(String name, boolean passed, long recordsIn, long recordsOut, long duplicates, long lost,
                             Duration took, List<String> details) {
    public ScenarioResult {
        details = List.copyOf(details);
    }

    /**
     * The verdict on an audit: passes when the audit found no duplicate and no loss, the raw topic holds at
     * least {@code expectedRawPages} distinct pages (none the crawler or the cluster lost on the way in), and
     * every check held. Pure.
     */
    public static ScenarioResult judge(String name, Duration took, AuditReport report, long expectedRawPages,
                                       List<Check> checks) {
        List<String> details = new ArrayList<>(report.lines());
        long missingPages = Math.max(0, expectedRawPages - report.crawl().rawPages());
        details.add(String.format("raw pages expected %d, present %d%s", expectedRawPages, report.crawl().rawPages(),
                missingPages == 0 ? "" : " · MISSING " + missingPages));
        boolean passed = report.ok() && missingPages == 0;
        long duplicates = report.duplicates();
        long lost = report.lost() + missingPages;
        for (Check c : checks) {
            details.add((c.passed() ? "ok   " : "FAIL ") + c.what() + (c.detail().isEmpty() ? "" : ": " + c.detail()));
            passed &= c.passed();
            duplicates += c.duplicates();
            lost += c.lost();
        }
        return new ScenarioResult(name, passed, report.crawl().rawRecords(),
                report.crawl().articles() + report.crawl().deadLetters(), duplicates, lost, took, details);
    }

    /** A scenario that could not run to its verdict (a process did not start, a wait timed out). */
    public static ScenarioResult failed(String name, Duration took, Throwable error) {
        return new ScenarioResult(name, false, 0, 0, 0, 0, took, List.of("FAIL could not finish: " + error));
    }

    /** The result's summary line: {@code PASS kill-pipeline  in 120 · out 120 · duplicates 0 · lost 0 · 48.2 s}. */
    public String line() {
        return String.format("%s %-16s in %d · out %d · duplicates %d · lost %d · %.1f s", passed ? "PASS" : "FAIL", name,
                recordsIn, recordsOut, duplicates, lost, took.toMillis() / 1000.0);
    }
}
