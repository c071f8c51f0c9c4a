package yaowen.cli.faults;

import java.util.Map;
import java.util.Set;

/**
 * One outcome a scenario asserts besides the audit, with the duplicates and losses it found.
 *
 * @param what   what was checked, as printed
 * @param passed whether it held
 */
public record Check(String what, boolean passed, long duplicates, long lost, String detail) {

    /** A condition without duplicates or losses of its own. */
    public static Check that(String what, boolean passed, String detail) {
        return new Check(what, passed, 0, 0, detail);
    }

    /**
     * Every alert once on {@code channel}: each of {@code expected} (meeting keys) received exactly once;
     * a key received more often counts its extra requests as duplicates, a key never received as lost.
     */
    public static Check everyAlertOnce(String channel, Map<String, Long> received, Set<String> expected) {
        long duplicates = received.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
        long lost = expected.stream().filter(k -> !received.containsKey(k)).count();
        long unexpected = received.keySet().stream().filter(k -> !expected.contains(k)).count();
        return new Check("webhook '" + channel + "' got every alert once", duplicates == 0 && lost == 0 && unexpected == 0,
                duplicates, lost, String.format("%d meetings expected, %d received, %d requests, %d repeated, %d missing,"
                        + " %d not on the topic", expected.size(), received.size(),
                        received.values().stream().mapToLong(Long::longValue).sum(), duplicates, lost, unexpected));
    }
}
