package yaowen.crawler.discovery;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Trap limits: URLs a crawler should not follow because they are generated without end (calendars,
 * session ids, relative links that nest a path into itself). A URL is refused when it is longer than
 * {@code maxLength}, has more than {@code maxSegments} path segments, or repeats one path segment
 * three times or more ({@code /a/b/a/b/a/b/}). Link depth needs no limit of its own: articles are
 * one hop from a list page and their links are never followed, and list pages per site are capped.
 * Immutable and thread-safe.
 */
public record UrlTraps(int maxLength, int maxSegments) {

    /** Why {@code url} is a trap, or empty when it may be followed. */
    public Optional<String> trapReason(URI url) {
        String s = url.toString();
        if (s.length() > maxLength) {
            return Optional.of("URL longer than " + maxLength + " characters");
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String[] segments = path.split("/");
        int count = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            count++;
            if (seen.merge(segment, 1, Integer::sum) >= 3) {
                return Optional.of("path segment '" + segment + "' repeated three times");
            }
        }
        if (count > maxSegments) {
            return Optional.of("more than " + maxSegments + " path segments");
        }
        return Optional.empty();
    }
}
