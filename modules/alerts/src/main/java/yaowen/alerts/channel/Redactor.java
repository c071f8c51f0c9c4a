package yaowen.alerts.channel;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import yaowen.settings.Redaction;

/**
 * Keeps a channel's secrets out of messages: the values of a webhook URL's secret-named query parameters (WeCom's
 * {@code key}, DingTalk's {@code access_token} and {@code sign}), the path segment that carries a robot's token
 * (Feishu's {@code /hook/<token>}), user info, and the configured secret and password. {@link #scrub} replaces each
 * occurrence in a text by {@value #MASK}; {@link #url} shows a URL with them masked. Immutable.
 *
 * <p>The masking itself is {@link Redaction}'s, the one rule of the whole product: a channel's secrets are also
 * {@linkplain Redaction#remember remembered} there, so a log line or a dead letter that quotes them is masked
 * even where no channel's redactor is at hand.
 */
public final class Redactor {
    /** What stands for a secret in messages. */
    public static final String MASK = Redaction.MASK;
    /** A path segment at least this long is shown masked by {@link #url} (a display of the channel's own URL). */
    static final int TOKEN_LENGTH = 12;
    /**
     * Shorter secrets found in a URL are not remembered (a short one would be masked as a word everywhere, and the
     * URL itself is masked by shape anyway); a configured secret is remembered whatever its length ({@link Redaction}).
     */
    static final int MIN_URL_PART = 6;

    private static final java.util.regex.Pattern ANY_URL =
            java.util.regex.Pattern.compile("(?i)\\b([a-z][a-z0-9+.\\-]*://)(?:[^/\\s?#@]*@)?([^/\\s?#:]+)(:\\d+)?[^\\s]*");

    private final List<String> secrets;

    private Redactor(Set<String> secrets) {
        List<String> kept = new ArrayList<>(secrets);
        kept.removeIf(s -> s == null || s.isBlank());
        this.secrets = List.copyOf(kept);
        Redaction.remember(this.secrets.toArray(String[]::new));
    }

    /**
     * {@code text} with every URL in it cut to {@code scheme://host[:port]/…} (user info, path and query gone); null
     * stays null. For text no channel's redactor has seen (a delivery failure logged or dead-lettered after the
     * fact): robot URLs carry their token in the query ({@code ?key=}, {@code ?access_token=}) or the path
     * ({@code /hook/<token>}).
     */
    public static String cutUrls(String text) {
        return text == null ? null : ANY_URL.matcher(text).replaceAll("$1$2$3/…");
    }

    /**
     * A redactor for {@code url} (may be null) and the other {@code secrets} (nulls ignored): the configured
     * secrets and the URL's user info whatever their length, and what {@link Redaction#secretsIn} finds in the URL
     * (raw and decoded) when {@value #MIN_URL_PART} characters or more: the values of secret-named query parameters
     * ({@code key}, {@code access_token}, {@code sign}…) and a robot hook's token ({@code /hook/<token>}). Other
     * query values and path segments ({@code channel=general}, {@code /integrations/alerts}) are no secrets: they
     * would be masked in every later log line.
     */
    public static Redactor of(URI url, String... secrets) {
        Set<String> all = new LinkedHashSet<>(java.util.Arrays.asList(secrets));
        if (url != null) {
            all.add(url.getRawUserInfo());
            all.add(url.getUserInfo());
            for (String found : Redaction.secretsIn(url.toString())) {
                if (found.length() >= MIN_URL_PART) {
                    all.add(found);
                    decoded(found).filter(d -> d.length() >= MIN_URL_PART).ifPresent(all::add);
                }
            }
        }
        return new Redactor(all);
    }

    private static java.util.Optional<String> decoded(String raw) {
        try {
            return java.util.Optional.of(java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // a stray % : the raw value is remembered, which is what a text quotes
        }
    }

    /** {@code text} with every secret masked; null stays null. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        return Redaction.text(text, secrets);
    }

    /**
     * {@code url} for a message: user info, every query value and every long path segment masked, whatever
     * this redactor knows; the rest (scheme, host, port, short path segments, query names) kept.
     */
    public String url(URI url) {
        StringBuilder s = new StringBuilder();
        if (url.getScheme() != null) {
            s.append(url.getScheme()).append("://");
        }
        if (url.getRawUserInfo() != null) {
            s.append(MASK).append('@');
        }
        s.append(url.getHost() == null ? "" : url.getHost());
        if (url.getPort() >= 0) {
            s.append(':').append(url.getPort());
        }
        if (url.getRawPath() != null && !url.getRawPath().isEmpty()) {
            List<String> segments = new ArrayList<>();
            for (String segment : url.getRawPath().split("/", -1)) {
                segments.add(segment.length() >= TOKEN_LENGTH ? MASK : segment);
            }
            s.append(String.join("/", segments));
        }
        if (url.getRawQuery() != null) {
            List<String> params = new ArrayList<>();
            for (String p : url.getRawQuery().split("&")) {
                int eq = p.indexOf('=');
                params.add(eq < 0 ? MASK : p.substring(0, eq + 1) + MASK);
            }
            s.append('?').append(String.join("&", params));
        }
        return scrub(s.toString());
    }
}
