package yaowen.alerts;

import java.util.regex.Pattern;

/**
 * Removes secrets from text that leaves the process (dead letters, logs): robot webhook URLs carry their
 * token in the query ({@code ?key=}, {@code ?access_token=}) or the path ({@code /hook/<token>}), and a URL
 * may carry a user and password. Every URL is cut to its scheme and host. Pure.
 */
final class Redaction {
    private static final Pattern URL = Pattern.compile("(?i)\\b([a-z][a-z0-9+.\\-]*://)(?:[^/\\s?#@]*@)?([^/\\s?#:]+)(:\\d+)?[^\\s]*");

    private Redaction() {
    }

    /** {@code text} with every URL cut to {@code scheme://host[:port]/…}; null stays null. */
    static String redact(String text) {
        return text == null ? null : URL.matcher(text).replaceAll("$1$2$3/…");
    }
}
