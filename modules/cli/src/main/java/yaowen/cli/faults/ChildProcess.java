package yaowen.cli.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code yaowen} command in a JVM of its own (this JVM's java and classpath), its output appended to a log
 * file. {@link #kill9()} is {@code SIGKILL} ({@link Process#destroyForcibly()}), {@link #stop} is
 * {@code SIGTERM} (the command's shutdown hook closes it), {@link #restart()} runs the same command again.
 */
public final class ChildProcess implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private final String name;
    private final List<String> command;
    private final Path log;
    private final Process process;

    private ChildProcess(String name, List<String> command, Path log, Process process) {
        this.name = name;
        this.command = command;
        this.log = log;
        this.process = process;
    }

    /** The java command running {@code yaowen.cli.Main args…} with {@code heap} as -Xmx. */
    static List<String> javaCommand(String heap, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+UseSerialGC");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("yaowen.cli.Main");
        command.addAll(args);
        return List.copyOf(command);
    }

    /** Starts {@code yaowen args…}, its output appended to {@code log}. */
    public static ChildProcess start(String name, String heap, List<String> args, Path log) {
        return launch(name, javaCommand(heap, args), log);
    }

    private static ChildProcess launch(String name, List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, System.lineSeparator() + "=== faults: starting " + name + System.lineSeparator(),
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            return new ChildProcess(name, command, log, p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /**
     * Waits until the log has a line containing {@code text} written since this process started.
     *
     * @throws IllegalStateException when the process ends first or {@code timeout} passes
     */
    public void awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String marker = "=== faults: starting " + name;
        while (true) {
            String all = read();
            int from = all.lastIndexOf(marker);
            if (from >= 0 && all.indexOf(text, from) >= 0) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended (exit " + process.exitValue() + ") before printing '" + text
                        + "': " + lastLine(all.substring(Math.max(0, from))) + " (see " + log + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not print '" + text + "' within " + timeout + "; see " + log);
            }
            Thread.sleep(200);
        }
    }

    /** The last non-blank line of {@code text}: what a process said before it ended. */
    static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    private String read() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** SIGTERM and wait for a clean exit; SIGKILL after {@code timeout}. Returns whether it stopped cleanly. */
    public boolean stop(Duration timeout) throws InterruptedException {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        kill9();
        return false;
    }

    /** The same command again, appending to the same log. */
    public ChildProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return launch(name, command, log);
    }

    /** Kills the process if it still runs (a suite that failed half-way leaves nothing behind). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(20));
        }
    }
}
