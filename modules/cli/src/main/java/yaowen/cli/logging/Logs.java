package yaowen.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The logging of a running node: everything at INFO and above to {@code DATA_DIR/logs/yaowen.log}, warnings
 * and errors also to the console (stderr), both as {@link LogFormat text or JSON}. Levels per logger stay in
 * {@code logback.xml}; every line passes through {@link RedactingEncoder}, so no secret reaches a log. Until {@link #start} runs (and for the short commands that never run it) logback.xml's
 * console appender alone is in place, so nothing is written to a directory the user did not choose.
 *
 * <p>{@link #close()} flushes and stops these appenders and puts the previous ones back.
 */
public final class Logs implements AutoCloseable {
    /** The active log file's name; rolled files are {@code yaowen.DATE.N.log} beside it. */
    public static final String FILE_NAME = "yaowen.log";

    private final Logger root;
    private final List<Appender<ILoggingEvent>> previous;
    private final List<Appender<ILoggingEvent>> started;
    private final Path file;

    private Logs(Logger root, List<Appender<ILoggingEvent>> previous, List<Appender<ILoggingEvent>> started, Path file) {
        this.root = root;
        this.previous = previous;
        this.started = started;
        this.file = file;
    }

    /**
     * Sends the logs to {@code dataDir/logs/} in {@code format}, replacing the console-only start-up setup.
     *
     * @throws IllegalArgumentException if the log directory cannot be created, saying which and why
     */
    public static Logs start(Path dataDir, LogFormat format) {
        Path dir = dataDir.resolve("logs").toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot create the log directory " + dir + " (" + e + "); choose another --data-dir");
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        List<Appender<ILoggingEvent>> previous = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(previous::add);
        Path file = dir.resolve(FILE_NAME);
        List<Appender<ILoggingEvent>> started = List.of(console(context, format), file(context, dir, file, format));
        previous.forEach(root::detachAppender);
        started.forEach(root::addAppender);
        return new Logs(root, previous, started, file);
    }

    /** The active log file (absolute). */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        started.forEach(a -> {
            root.detachAppender(a);
            a.stop();
        });
        previous.forEach(root::addAppender);
    }

    private static Appender<ILoggingEvent> console(LoggerContext context, LogFormat format) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("yaowen-console");
        console.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setContext(context);
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        console.addFilter(warnings);
        console.setEncoder(encoder(context, format, "%d{HH:mm:ss} %-5level %logger{20} - %msg%n"));
        console.start();
        return console;
    }

    private static Appender<ILoggingEvent> file(LoggerContext context, Path dir, Path file, LogFormat format) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("yaowen-file");
        appender.setFile(file.toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(dir.resolve("yaowen.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("50MB"));
        rolling.setMaxHistory(7);
        rolling.setTotalSizeCap(FileSize.valueOf("500MB"));
        rolling.start();
        appender.setRollingPolicy(rolling);
        appender.setEncoder(encoder(context, format, "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n"));
        appender.start();
        return appender;
    }

    private static Encoder<ILoggingEvent> started(RedactingEncoder encoder, LoggerContext context) {
        encoder.setContext(context);
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext context, LogFormat format, String textPattern) {
        if (format == LogFormat.JSON) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            // One self-contained object per event: the message as the reader sees it, not the template and its arguments.
            json.setWithFormattedMessage(true);
            json.setWithMessage(false);
            json.setWithArguments(false);
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithContext(false);
            json.start();
            return started(new RedactingEncoder(json, true), context);
        }
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern(textPattern);
        text.start();
        return started(new RedactingEncoder(text, false), context);
    }
}
