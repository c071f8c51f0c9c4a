package yaowen.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
 * configuration loaded is registered once, and every later text is masked with it. Thread-safe. Every rule is a
 * single linear pass (no backtracking regex over user text).
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

    /** A secret-named pair: the name, then {@code =} and a value, quoted or not. */
    private static final Pattern SECRET_PAIR = Pattern.compile(
            "(?i)(?<![a-z0-9])((?:[a-z0-9]{1,40}[._\\-]){0,4}(?:access[_\\-]?token|refresh[_\\-]?token|token|secret|"
                    + "password|passwd|pwd|api[_\\-]?key|access[_\\-]?key|key|sign|signature|sig|auth|credentials?))"
                    + "(=\\\\?\"?)([^&#;," + END + "]+)");

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
        if (text.indexOf('=') < 0 && text.indexOf('/') < 0) {
            return text; // the usual log line: nothing shaped like a secret, no regex run
        }
        String out = USER_INFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
        out = SECRET_PAIR.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
        out = HOOK_PATH.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + tokens(m.group(2))));
        return BOT_TOKEN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
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
