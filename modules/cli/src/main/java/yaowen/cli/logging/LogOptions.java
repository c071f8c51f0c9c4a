package yaowen.cli.logging;

import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --log-format}, mixed into the long-running commands ({@code demo}, {@code run}, {@code broker}). */
public final class LogOptions {
    @Option(names = "--log-format", defaultValue = "text", converter = LogFormat.Converter.class,
            description = "text or json (one JSON object per line, on the console and in the log file) (default: ${DEFAULT-VALUE}).")
    LogFormat format = LogFormat.TEXT;

    public LogFormat format() {
        return format;
    }

    /** Starts logging under {@code dataDir} and prints where the log file is, first thing, on {@code out}. */
    public Logs start(Path dataDir, PrintStream out) {
        Logs logs = Logs.start(dataDir, format);
        out.println("Log file:       " + logs.file());
        return logs;
    }
}
