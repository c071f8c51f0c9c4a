package yaowen.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The one place that keeps secrets out of texts: exception messages, log lines, dead letters' reasons and
 * config echoes all pass through {@link #text(String)}.
 *
 * <p>Two kinds of secrets are masked by {@value #MASK}:
 * <ul>
 *   <li>by shape, in any text, with no configuration: the user info of a URL ({@code https://user:pass@host}),
 *       the value of a {@code name=value} or {@code name: value} pair whose name says secret ({@code key},
 *       {@code token}, {@code access_token}, {@code secret}, {@code sign}, {@code signature}, {@code password}, and
 *       names ending in those, such as {@code client_secret} or {@code sasl.password}; in query strings,
 *       properties, JAAS, JSON and YAML), the credentials of an {@code Authorization} header and any
 *       {@code Bearer <token>}, and the token of a robot hook: Feishu's and Lark's {@code /open-apis/bot/v2/hook/<token>},
 *       Slack's {@code hooks.slack.com/services/…}, Discord's {@code /api/webhooks/<id>/<token>}, Telegram's
 *       {@code /bot<token>}, and after any other {@code /hook(s)/} or {@code /webhook(s)/} a segment that looks like a
 *       token (long, letters and digits both, not a page name, not a date);</li>
 *   <li>by value, the configured secrets themselves ({@link #remember}): an SMTP password, a webhook's signing
 *       secret, a Kafka SASL password. A value of {@value #MIN_ANYWHERE} characters or more is masked wherever
 *       it occurs; a shorter one only where it stands as a whole word, so a three-letter password is still
 *       masked without cutting every word that contains its letters.</li>
 * </ul>
 * Ordinary URLs keep their shape: {@code ?id=123&page=2} and article paths ({@code /services/2024/0105/c1234567.html},
 * {@code /art/2024/1/5/art_123_456789.html}) are not touched: a dead letter's reason is masked for good when written.
 *
 * <p>{@link #text(String, Collection)} is a pure function. The remembered secrets are the process's: what the
 * configuration loaded is registered once, and every later text is masked with it. Thread-safe. Every rule is
 * linear in the text, and a rule whose marker ({@code ://}, {@code =} or {@code :}, {@code hook}, {@code bearer})
 * is absent does not run: the usual log line costs a few scans.
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

    /** Path segment characters after a hook marker: up to a query, fragment, separator or the end of the URL. */
    private static final String SEGMENTS = "([^?#,;:()" + END + "]+)";
    /** Slack's {@code hooks.slack.com/services/T…/B…/X…} (also workflows and triggers): token-like segments masked. */
    private static final Pattern SLACK_HOOK = Pattern.compile(
            "(?i)(hooks\\.slack(?:-gov)?\\.com/(?:services|workflows|triggers)/)" + SEGMENTS);
    /** Discord's {@code discord.com/api[/v10]/webhooks/<id>/<token>}: token-like segments masked. */
    private static final Pattern DISCORD_HOOK = Pattern.compile(
            "(?i)(discord(?:app)?\\.com/api/(?:v\\d{1,3}/)?webhooks/)" + SEGMENTS);
    /** Feishu's and Lark's {@code /open-apis/bot/v2/hook/<token>}, on any host: the token masked whatever its shape. */
    private static final Pattern FEISHU_HOOK = Pattern.compile("(?i)(/open-apis/bot/v\\d{1,3}/hook/)([^/?#,;:()" + END + "]+)");
    /**
     * Any other {@code /hook/}, {@code /hooks/}, {@code /webhook/} or {@code /webhooks/}: only segments that look like a
     * robot's token ({@link #robotToken}) are masked, so an article path or a file name stays whole.
     */
    private static final Pattern GENERIC_HOOK = Pattern.compile("(?i)(/(?:hooks?|webhooks?)/)" + SEGMENTS);

    /** Telegram's {@code /bot<id>:<token>/}. */
    private static final Pattern BOT_TOKEN = Pattern.compile("(?i)(/bot)(\\d{3,}:[a-z0-9_\\-]{10,})");
    /** A bearer token anywhere ({@code Bearer eyJ…}), whether or not an {@code Authorization:} name is before it. */
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer\\s{1,8})([a-z0-9._~+/\\-]{8,}=*)");
    /** The endings that make a segment a page or file name, never a token ({@code art_123_456789.html}). */
    private static final Set<String> FILE_ENDINGS = Set.of("html", "htm", "shtml", "jhtml", "jsp", "php", "asp", "aspx",
            "do", "action", "xml", "json", "pdf", "doc", "docx", "xls", "xlsx", "txt", "jpg", "jpeg", "png", "gif");
    /** A hook path segment shorter than this is never taken for a token outside the known robot hosts. */
    static final int MIN_HOOK_TOKEN = 16;

    private static final Set<String> REMEMBERED = ConcurrentHashMap.newKeySet();
    /** A short secret's whole-word pattern, compiled once: masking runs on every log line. */
    private static final Map<String, Pattern> WHOLE_WORD = new ConcurrentHashMap<>();

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
        String out = byShape(text, null);
        return secrets.isEmpty() ? out : byValue(out, secrets);
    }

    /**
     * The secrets {@link #text(String)} would mask by shape in {@code text}, in order: the password of a Kafka
     * {@code sasl.jaas.config}, the {@code key} of a robot URL, a hook's token, to be {@linkplain #remember remembered}
     * where the text is a configured value. Empty for null. Pure.
     */
    public static List<String> secretsIn(String text) {
        List<String> found = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            byShape(text, found);
        }
        return found;
    }

    /**
     * Whether a parameter or property named {@code name} holds a secret: its last part (after its last {@code .},
     * {@code _} or {@code -}, any case) is {@code key}, {@code token}, {@code secret}, {@code password}, {@code sign}…
     */
    public static boolean secretName(String name) {
        return name != null && secretName(name, 0, name.length());
    }

    /** True when {@code text} contains nothing {@link #text(String)} would mask. */
    public static boolean isClean(String text) {
        return text == null || text.equals(text(text));
    }

    /** {@code text} masked by shape; each masked value is added to {@code found} when it is not null. */
    private static String byShape(String text, List<String> found) {
        String out = text;
        if (out.contains("://")) {
            out = USER_INFO.matcher(out).replaceAll(m -> {
                note(found, m.group(0).substring(m.group(1).length(), m.group(0).length() - 1));
                return Matcher.quoteReplacement(m.group(1) + MASK + "@");
            });
        }
        if (out.indexOf('=') >= 0 || out.indexOf(':') >= 0) {
            out = secretPairs(out, found);
        }
        String lower = out.toLowerCase(Locale.ROOT);
        if (lower.contains("hook")) {
            out = maskSegments(out, SLACK_HOOK, Redaction::tokenLike, found);
            out = maskSegments(out, DISCORD_HOOK, Redaction::tokenLike, found);
            out = maskSegments(out, FEISHU_HOOK, s -> !s.equals(MASK), found);
            out = maskSegments(out, GENERIC_HOOK, Redaction::robotToken, found);
        }
        if (lower.contains("/bot")) {
            out = maskGroup(out, BOT_TOKEN, found);
        }
        if (lower.contains("bearer")) {
            out = maskGroup(out, BEARER, found);
        }
        return out;
    }

    private static void note(List<String> found, String secret) {
        if (found != null && !secret.isEmpty()) {
            found.add(secret);
        }
    }

    /** {@code text} with group 2 of every match of {@code pattern} masked. */
    private static String maskGroup(String text, Pattern pattern, List<String> found) {
        return pattern.matcher(text).replaceAll(m -> {
            note(found, m.group(2));
            return Matcher.quoteReplacement(m.group(1) + MASK);
        });
    }

    /** {@code text} with the path after each match of {@code marker} masked segment by segment where {@code token}. */
    private static String maskSegments(String text, Pattern marker, Predicate<String> token, List<String> found) {
        return marker.matcher(text).replaceAll(m -> {
            String[] segments = m.group(2).split("/", -1);
            for (int i = 0; i < segments.length; i++) {
                if (token.test(segments[i])) {
                    note(found, segments[i]);
                    segments[i] = MASK;
                }
            }
            return Matcher.quoteReplacement(m.group(1) + String.join("/", segments));
        });
    }

    /**
     * {@code text} with the value of every secret-named pair masked, in one pass over its {@code =} and {@code :}
     * signs:
     * <ul>
     *   <li>{@code name=value} ({@code ?key=…}, {@code password=…}, {@code {ssl.key.password=…}}), anywhere;</li>
     *   <li>{@code "name": value} (JSON), anywhere, and {@code name: value} (YAML) where the name is first on its
     *       line (indented or after {@code - } when it has a dot); a {@code name:} in the middle of a sentence is
     *       prose, and so is a bare {@code key}, {@code sign}, {@code sig} or {@code auth} before a {@code :}
     *       ("duplicate key: …");</li>
     *   <li>{@code Authorization: Bearer …} or {@code Basic …}: the credentials after the scheme;</li>
     *   <li>a value in quotes ({@code "…"}, {@code '…'}, or {@code \"…\"} inside JSON) runs to its closing quote on
     *       the same line; a YAML value to the end of the line; any
     *       other value to white space, {@code & , ; ) } ] # < >}, a quote, a backslash or a {@code :} that ends it.</li>
     * </ul>
     * Linear: a name is read back at most {@value #MAX_NAME} characters, a masked value is skipped, and a closing
     * quote looked for in vain is not looked for again on the same line.
     */
    private static String secretPairs(String text, List<String> found) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        int[] noCloseUntil = {-1, -1, -1}; // per quote (", ', \"): a search that starts before here finds no close
        for (int sep = 0; sep < n; sep++) {
            char c = text.charAt(sep);
            if (c != '=' && c != ':') {
                continue;
            }
            int kind = nameKind(text, sep, c == ':');
            if (kind == NOT_SECRET) {
                continue;
            }
            int vs = skipSpaces(text, sep + 1);
            if (kind == AUTHORIZATION) {
                vs = skipScheme(text, vs);
            }
            int ve = -1;
            int masked = vs;
            boolean escaped = vs + 1 < n && text.charAt(vs) == '\\' && text.charAt(vs + 1) == '"';
            if (escaped || vs < n && (text.charAt(vs) == '"' || text.charAt(vs) == '\'')) {
                int q = escaped ? 2 : text.charAt(vs) == '"' ? 0 : 1;
                masked = vs + (escaped ? 2 : 1);
                if (masked >= noCloseUntil[q]) {
                    int close = closing(text, masked, '"' == text.charAt(masked - 1) ? '"' : '\'', escaped);
                    if (close >= 0) {
                        ve = close;
                    } else {
                        noCloseUntil[q] = -close - 1; // no closing quote on the line: the value runs as an unquoted one
                    }
                }
            }
            if (ve < 0) {
                ve = kind == YAML ? lineEnd(text, masked) : unquotedEnd(text, masked);
            }
            if (ve <= masked) {
                continue;
            }
            note(found, text.substring(masked, ve));
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, masked).append(MASK);
            copied = ve;
            sep = ve - 1;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static final int NOT_SECRET = 0;
    private static final int SECRET = 1;
    private static final int AUTHORIZATION = 2;
    private static final int YAML = 3;
    /** Names too common in prose to be taken for a secret's before a {@code :}. */
    private static final Set<String> BARE_BEFORE_COLON = Set.of("key", "sign", "sig", "auth");

    /** What the name just before the separator at {@code sep} says: not a secret, a secret, or credentials. */
    private static int nameKind(String text, int sep, boolean colon) {
        int end = sep;
        while (end > 0 && sep - end < 8 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        char quote = 0;
        if (end > 0 && (text.charAt(end - 1) == '"' || text.charAt(end - 1) == '\'')) {
            quote = text.charAt(end - 1);
            end--;
            if (end > 0 && text.charAt(end - 1) == '\\') {
                end--;
            }
        }
        int start = end;
        while (start > 0 && end - start < MAX_NAME && nameChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || quote != 0 && (start == 0 || text.charAt(start - 1) != quote)) {
            return NOT_SECRET;
        }
        if (colon && sep + 1 < text.length() && text.charAt(sep + 1) == '/') {
            return NOT_SECRET; // a URL's scheme, or a host before its path
        }
        String name = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (name.equals("authorization") || name.equals("proxy-authorization")) {
            return AUTHORIZATION;
        }
        if (colon && BARE_BEFORE_COLON.contains(name) || !secretName(name, 0, name.length())) {
            return NOT_SECRET;
        }
        if (!colon || quote != 0) {
            return SECRET;
        }
        return yamlKey(text, start, name.indexOf('.') >= 0) ? YAML : NOT_SECRET;
    }

    /** Whether {@code name[start, end)}'s last part says secret. */
    private static boolean secretName(String name, int start, int end) {
        int last = start;
        for (int i = end - 1; i >= start; i--) {
            char c = name.charAt(i);
            if (c == '.' || c == '_' || c == '-') {
                last = i + 1;
                break;
            }
        }
        return last < end && SECRET_NAMES.contains(name.substring(last, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the bare name starting at {@code start} is a YAML key: first on its line, and indented or in a list
     * when {@code dotted} ({@code kafka.properties.ssl.key.password: expected a single value} at the start of a line
     * is a message about a setting, not the setting).
     */
    private static boolean yamlKey(String text, int start, boolean dotted) {
        int i = start;
        for (int k = 0; i > 0 && k < 64; i--, k++) {
            char c = text.charAt(i - 1);
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '-') {
                return false;
            }
        }
        if (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            return false;
        }
        return i < start || !dotted;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < 8 && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** After an {@code Authorization:}, past its scheme ({@code Bearer}, {@code Basic}, {@code Token}, {@code Digest}). */
    private static int skipScheme(String text, int from) {
        for (String scheme : List.of("bearer", "basic", "token", "digest")) {
            int end = from + scheme.length();
            if (text.regionMatches(true, from, scheme, 0, scheme.length()) && end < text.length() && isSpace(text.charAt(end))) {
                return skipSpaces(text, end);
            }
        }
        return from;
    }

    /**
     * Where the value opened by {@code quote} before {@code from} closes ({@code \"} when {@code escaped}); when it
     * does not on this line, {@code -(where the search stopped) - 1}.
     */
    private static int closing(String text, int from, char quote, boolean escaped) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return -i - 1;
            }
            if (c == quote && (escaped ? text.charAt(i - 1) == '\\' : text.charAt(i - 1) != '\\')) {
                return escaped ? i - 1 : i;
            }
        }
        return -text.length() - 1;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int unquotedEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !endsValue(text.charAt(i))
                && !(text.charAt(i) == ':' && (i + 1 == text.length() || endsValue(text.charAt(i + 1))))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }

    private static boolean endsValue(char c) {
        return c == '&' || c == '#' || c == ';' || c == ',' || c == ')' || c == '}' || c == ']' || c == '"' || c == '\''
                || c == '<' || c == '>' || c == '\\' || Character.isWhitespace(c);
    }

    /** A segment of 16 characters or more, or of 6 or more with a digit in it: an id or token, not a word. */
    static boolean tokenLike(String segment) {
        if (segment.length() >= 16) {
            return true;
        }
        return segment.length() >= 6 && segment.chars().anyMatch(Character::isDigit);
    }

    /**
     * A segment after a generic hook marker that looks like a robot's token: {@value #MIN_HOOK_TOKEN} characters or
     * more of letters, digits, {@code - _ . ~ = %}, letters and digits both, not a page or file name
     * ({@code c1234567.html}) and not a date or number ({@code 2024-01-05}).
     */
    static boolean robotToken(String segment) {
        if (segment.length() < MIN_HOOK_TOKEN) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else if ("-_.~=%".indexOf(c) < 0) {
                return false;
            }
        }
        int dot = segment.lastIndexOf('.');
        return letter && digit
                && (dot < 0 || !FILE_ENDINGS.contains(segment.substring(dot + 1).toLowerCase(Locale.ROOT)));
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
                out = WHOLE_WORD.computeIfAbsent(s,
                                w -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])"))
                        .matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
            }
        }
        return out;
    }
}
