package yaowen.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that keeps secrets out of texts: exception messages, log lines, dead letters' reasons and
 * config echoes all pass through {@link #text(String)}.
 *
 * <p>Two kinds of secrets are masked by {@value #MASK}:
 * <ul>
 *   <li>by shape, in any text, with no configuration: the user info of a URL ({@code https://user:pass@host}),
 *       the value of a query or {@code name=value} pair whose name says secret ({@code key}, {@code token},
 *       {@code access_token}, {@code secret}, {@code sign}, {@code signature}, {@code password}, and names
 *       ending in those, such as {@code client_secret} or {@code sasl.password}), and the token-like path
 *       segments after a {@code /hook/}, {@code /hooks/}, {@code /webhook/}, {@code /webhooks/} or
 *       {@code /services/} segment (Feishu's {@code /hook/<token>}, Slack's and Discord's hooks);</li>
 *   <li>by value, the configured secrets themselves ({@link #remember}): an SMTP password, a webhook's signing
 *       secret, a Kafka SASL password. A value of {@value #MIN_ANYWHERE} characters or more is masked wherever
 *       it occurs; a shorter one only where it stands as a whole word, so a three-letter password is still
 *       masked without cutting every word that contains its letters.</li>
 * </ul>
 * Ordinary URLs keep their shape: {@code ?id=123&page=2} and article paths are not touched.
 *
 * <p>{@link #text(String, Collection)} is a pure function. The remembered secrets are the process's: what the
 * configuration loaded is registered once, and every later text is masked with it. Thread-safe. Every rule is
 * linear in the text, and a rule whose marker ({@code ://}, {@code =}, {@code hook}) is absent does not run: the
 * usual log line costs a few scans.
 */
public final class Redaction {
    /** What stands for a secret in texts. */
    public static final String MASK = "***";
    /** A configured secret at least this long is masked wherever it occurs; shorter ones as whole words only. */
    public static final int MIN_ANYWHERE = 6;

    /** Characters that end a URL or a value in a text: white space, quotes, angle brackets, backslash (JSON escapes). */
    private static final String END = "\\s\"'<>\\\\";

    /** {@code scheme://user[:pass]@} → {@code scheme://***@}. */
    private static final Pattern USER_INFO =
            Pattern.compile("(?i)\\b([a-z][a-z0-9+.\\-]{0,20}://)[^/?#@" + END + "]{1,512}@");

    /**
     * The last part of a pair's name (after its last {@code .}, {@code _} or {@code -}, lower-cased) that makes its
     * value a secret: {@code key}, {@code access_token}, {@code client_secret}, {@code sasl.password}, {@code x-api-key}…
     */
    private static final Set<String> SECRET_NAMES = Set.of("token", "secret", "password", "passwd", "pwd", "key",
            "sign", "signature", "sig", "auth", "credential", "credentials", "apikey", "accesskey", "accesstoken",
            "refreshtoken", "clientsecret");
    /** A pair's name is read back from its {@code =} at most this far. */
    private static final int MAX_NAME = 128;

    /** A hook marker segment; the token-like segments after it are masked. */
    private static final Pattern HOOK_PATH = Pattern.compile(
            "(?i)(/(?:hooks?|webhooks?|services)/)([^?#,;:()" + END + "]+)");

    /** Telegram's {@code /bot<id>:<token>/}. */
    private static final Pattern BOT_TOKEN = Pattern.compile("(?i)(/bot)\\d{3,}:[a-z0-9_\\-]{10,}");

    private static final Set<String> REMEMBERED = ConcurrentHashMap.newKeySet();

    private Redaction() {
    }

    /**
     * Registers configured secret values (nulls and blanks ignored) so that every later {@link #text(String)}
     * masks them: called where a configuration is loaded or a channel is built.
     */
    public static void remember(String... secrets) {
        for (String s : secrets) {
            if (s != null && !s.isBlank()) {
                REMEMBERED.add(s.strip());
            }
        }
    }

    /** {@code text} with every secret masked by shape and every remembered secret masked; null stays null. */
    public static String text(String text) {
        return text(text, REMEMBERED);
    }

    /**
     * {@code text} with every secret masked by shape and each of {@code secrets} masked (nulls and blanks
     * ignored); null stays null. Pure.
     */
    public static String text(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = byShape(text);
        return secrets.isEmpty() ? out : byValue(out, secrets);
    }

    /** True when {@code text} contains nothing {@link #text(String)} would mask. */
    public static boolean isClean(String text) {
        return text == null || text.equals(text(text));
    }

    private static String byShape(String text) {
        String out = text;
        if (out.contains("://")) {
            out = USER_INFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
        }
        if (out.indexOf('=') >= 0) {
            out = secretPairs(out);
        }
        String lower = out.toLowerCase(Locale.ROOT);
        if (lower.contains("hook") || lower.contains("/services/")) {
            out = HOOK_PATH.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + tokens(m.group(2))));
        }
        if (lower.contains("/bot")) {
            out = BOT_TOKEN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        }
        return out;
    }

    /**
     * {@code text} with the value of every secret-named {@code name=value} masked: one pass over the {@code =}
     * signs, the name read back over letters, digits, {@code . _ -} (at most {@value #MAX_NAME}), the value
     * (after an optional {@code \"} or {@code "}) up to {@code & # ; ,}, white space, a quote, {@code < >} or a
     * backslash.
     */
    private static String secretPairs(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int eq = text.indexOf('='); eq >= 0; eq = text.indexOf('=', eq + 1)) {
            if (!secretName(text, eq)) {
                continue;
            }
            int vs = eq + 1;
            if (vs < n && text.charAt(vs) == '\\') {
                vs++;
            }
            if (vs < n && text.charAt(vs) == '"') {
                vs++;
            }
            int ve = vs;
            while (ve < n && !endsValue(text.charAt(ve))) {
                ve++;
            }
            if (ve == vs) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, vs).append(MASK);
            copied = ve;
            eq = ve - 1;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** Whether the name just before the {@code =} at {@code eq} says its value is a secret. */
    private static boolean secretName(String text, int eq) {
        int start = eq;
        while (start > 0 && eq - start < MAX_NAME && nameChar(text.charAt(start - 1))) {
            start--;
        }
        int last = start;
        for (int i = eq - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '_' || c == '-') {
                last = i + 1;
                break;
            }
        }
        return last < eq && SECRET_NAMES.contains(text.substring(last, eq).toLowerCase(Locale.ROOT));
    }

    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }

    private static boolean endsValue(char c) {
        return c == '&' || c == '#' || c == ';' || c == ',' || c == '"' || c == '\'' || c == '<' || c == '>'
                || c == '\\' || Character.isWhitespace(c);
    }

    /** The path after a hook marker, with each token-like segment masked ({@code send} or {@code v2} stay). */
    private static String tokens(String path) {
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (tokenLike(segments[i])) {
                segments[i] = MASK;
            }
        }
        return String.join("/", segments);
    }

    /** A segment of 16 characters or more, or of 6 or more with a digit in it: an id or token, not a word. */
    static boolean tokenLike(String segment) {
        if (segment.length() >= 16) {
            return true;
        }
        return segment.length() >= 6 && segment.chars().anyMatch(Character::isDigit);
    }

    private static String byValue(String text, Collection<String> secrets) {
        List<String> sorted = new ArrayList<>();
        for (String s : secrets) {
            if (s != null && !s.isBlank()) {
                sorted.add(s);
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // a longer secret first: its parts stay whole
        String out = text;
        for (String s : sorted) {
            if (s.length() >= MIN_ANYWHERE) {
                out = out.replace(s, MASK);
            } else if (out.contains(s)) {
                out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}])")
                        .matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
            }
        }
        return out;
    }
}
