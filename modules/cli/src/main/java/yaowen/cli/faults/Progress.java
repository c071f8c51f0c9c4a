package yaowen.cli.faults;

/** Where a scenario reports what it is doing and waiting for: one line at a time. */
@FunctionalInterface
public interface Progress {
    void say(String line);
}
