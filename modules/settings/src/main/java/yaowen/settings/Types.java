package yaowen.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The value types of Yaowen's settings. */
public final class Types {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Types() {
    }

    /** Any single line of text. */
    public static final Type<String> STRING = simple("text", text -> text, s -> s);

    /** A whole number (32 bits). */
    public static final Type<Integer> INTEGER = simple("a whole number", text -> {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number"
                    + (text.trim().matches("[-+]?\\d+") ? " of at most " + Integer.MAX_VALUE : ""));
        }
    }, String::valueOf);

    /** {@code true} or {@code false}. */
    public static final Type<Boolean> BOOLEAN = simple("true or false", text -> switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
    }, String::valueOf);

    /** A duration written {@code 500ms}, {@code 1s}, {@code 5m} or {@code 1h}. */
    public static final Type<Duration> DURATION_TYPE = simple("a duration like 500ms, 1s, 5m or 1h",
            Types::parseDuration, Types::formatDuration);

    /** A file system path. */
    public static final Type<Path> PATH = simple("a file path", text -> {
        try {
            return Path.of(text.trim());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + text + "' is not a file path (" + e.getReason() + ")");
        }
    }, Path::toString);

    /** An absolute {@code http} or {@code https} URL with a host. */
    public static final Type<URI> HTTP_URL = simple("an absolute http(s) URL", text -> {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL (" + e.getReason() + ")");
        }
        if (!isHttpUrl(uri)) {
            throw new IllegalArgumentException("'" + text + "' is not an absolute http(s) URL");
        }
        return uri;
    }, URI::toString);

    /** Whether {@code uri} is an absolute {@code http} or {@code https} URL with a host. */
    public static boolean isHttpUrl(URI uri) {
        return uri != null && uri.getHost() != null && uri.getScheme() != null
                && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
    }

    /** One of {@code type}'s constants, written in lower case. */
    public static <E extends Enum<E>> Type<E> oneOf(Class<E> type) {
        String names = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return simple("one of " + names, text -> {
            try {
                return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is not one of " + names);
            }
        }, e -> e.name().toLowerCase(Locale.ROOT));
    }

    /** A list of {@code element} values (a YAML sequence). */
    public static <E> ListType<E> listOf(Type<E> element) {
        return new ListType<>(element);
    }

    /** A list of values: each element is parsed by {@link #element()}; the list itself is not written as text. */
    public record ListType<E>(Type<E> element) implements Type<List<E>> {
        @Override
        public String describe() {
            return "a list, each " + element.describe();
        }

        @Override
        public List<E> parse(String text) {
            throw new IllegalArgumentException("'" + text + "' is not a list of " + element.describe());
        }

        @Override
        public String format(List<E> value) {
            return value.stream().map(element::format).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** A mapping of names to text values (a YAML mapping), passed through as it is. */
    public static final MapType TEXT_MAP = new MapType();

    /** A mapping of names to text values; the mapping itself is not written as text. */
    public record MapType() implements Type<java.util.Map<String, String>> {
        @Override
        public String describe() {
            return "a mapping of names to values";
        }

        @Override
        public java.util.Map<String, String> parse(String text) {
            throw new IllegalArgumentException("'" + text + "' is not a mapping of names to values");
        }

        @Override
        public String format(java.util.Map<String, String> value) {
            return value.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /**
     * Parses {@code 500ms}, {@code 1s}, {@code 5m}, {@code 1h}, and days, {@code 3d} (a span of alerts to
     * announce reads better in days; formatted back in hours).
     *
     * @throws IllegalArgumentException when {@code text} is not one
     */
    public static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration like 500ms, 1s, 5m or 1h");
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is too long a duration");
        }
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** {@code d} in the largest unit that writes it exactly: {@code 30m}, {@code 90s}, {@code 250ms}. */
    public static String formatDuration(Duration d) {
        long ms = d.toMillis();
        if (ms != 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }

    private static <T> Type<T> simple(String description, java.util.function.Function<String, T> parse,
                                      java.util.function.Function<T, String> format) {
        return new Type<>() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public T parse(String text) {
                return parse.apply(text);
            }

            @Override
            public String format(T value) {
                return format.apply(value);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
