package yaowen.cli.logging;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;

/** The shape of a log line, for people or for log collectors. */
public enum LogFormat {
    /** {@code 2026-12-05 08:01:02,345 INFO  [thread] logger - message}, one line per event. */
    TEXT,
    /** One JSON object per line (logback's JsonEncoder): timestamp, level, threadName, loggerName, formattedMessage, throwable. */
    JSON;

    /** Parses {@code text} or {@code json}, in any case; anything else is refused naming the choices. */
    public static LogFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a log format; use one of: " + choices());
        }
    }

    static String choices() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** For picocli: {@code --log-format json}. */
    public static final class Converter implements ITypeConverter<LogFormat> {
        @Override
        public LogFormat convert(String value) {
            return parse(value);
        }
    }
}
