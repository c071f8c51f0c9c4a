package yaowen.crawler.discovery;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
        List<String> segments = new ArrayList<>();
        Map<String, Integer> seen = null; // a list scan is cheaper for the usual handful of segments
        for (int i = 0, n = path.length(); i < n; ) {
            int slash = path.indexOf('/', i);
            int end = slash < 0 ? n : slash;
            if (end > i) {
                String segment = path.substring(i, end);
                if (seen == null && segments.size() >= 16) {
                    seen = new HashMap<>();
                    for (String earlier : segments) {
                        seen.merge(earlier, 1, Integer::sum);
                    }
                }
                int before = seen != null ? seen.merge(segment, 1, Integer::sum) - 1
                        : Collections.frequency(segments, segment);
                if (before >= 2) {
                    return Optional.of("path segment '" + segment + "' repeated three times");
                }
                segments.add(segment);
            }
            i = end + 1;
        }
        int count = segments.size();
        if (count > maxSegments) {
            return Optional.of("more than " + maxSegments + " path segments");
        }
        return Optional.empty();
    }
}
