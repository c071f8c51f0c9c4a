package yaowen.crawler;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One site's list pages and their adaptive re-check intervals. A check that finds article links not
 * seen on the page before halves the interval (down to the minimum); a check that finds nothing new,
 * or a 304, lengthens it by half (up to the maximum), as Nutch's adaptive fetch schedule does. Not
 * thread-safe: owned by one {@link SiteCrawler}.
 */
final class ListSchedule {
    private final String siteId;
    private final Duration initial;
    private final Duration min;
    private final Duration max;
    private final int capacity;
    private final Map<URI, ListPageState> pages = new LinkedHashMap<>();

    ListSchedule(String siteId, Duration initial, Duration min, Duration max, int capacity) {
        this.siteId = siteId;
        this.initial = initial;
        this.min = min;
        this.max = max;
        this.capacity = capacity;
    }

    /** Registers a list page due now; false when the site already has its maximum of list pages. */
    boolean add(URI url, Instant now) {
        if (pages.containsKey(url)) {
            return true;
        }
        if (pages.size() >= capacity) {
            return false;
        }
        pages.put(url, new ListPageState(url, siteId, Optional.empty(), Optional.empty(), initial, now, 0));
        return true;
    }

    /**
     * Restores a saved state for a page of this site (validators and schedule). The interval is
     * clamped to the current bounds, and the next check to at most {@code now} plus that interval,
     * so a page saved under a wider maximum interval is not left unchecked for longer than the
     * current maximum allows.
     */
    void restore(ListPageState saved, Instant now) {
        if (pages.containsKey(saved.url()) || pages.size() < capacity) {
            Duration interval = clamp(saved.interval());
            Instant latest = now.plus(interval);
            Instant nextCheck = saved.nextCheck().isAfter(latest) ? latest : saved.nextCheck();
            pages.put(saved.url(), new ListPageState(saved.url(), siteId, saved.etag(), saved.lastModified(), interval,
                    nextCheck, saved.linksHash()));
        }
    }

    /** Pages due at {@code now} (all of them when {@code force}), in registration order. */
    List<URI> due(Instant now, boolean force) {
        List<URI> out = new ArrayList<>();
        pages.values().forEach(p -> {
            if (force || !p.nextCheck().isAfter(now)) {
                out.add(p.url());
            }
        });
        return out;
    }

    Optional<ListPageState> state(URI url) {
        return Optional.ofNullable(pages.get(url));
    }

    /** The conditional-GET headers of a page. */
    Map<String, String> validators(URI url) {
        ListPageState s = pages.get(url);
        Map<String, String> h = new LinkedHashMap<>();
        if (s != null) {
            s.etag().ifPresent(v -> h.put("If-None-Match", v));
            s.lastModified().ifPresent(v -> h.put("If-Modified-Since", v));
        }
        return h;
    }

    /** Records a 200 check: new validators and links; returns the new state. */
    ListPageState checked(URI url, Instant now, Optional<String> etag, Optional<String> lastModified, long linksHash) {
        ListPageState s = pages.get(url);
        boolean changed = s.linksHash() != linksHash;
        Duration interval = s.linksHash() == 0 ? s.interval() : changed ? clamp(s.interval().dividedBy(2)) : slower(s.interval());
        ListPageState next = new ListPageState(url, siteId, etag, lastModified, interval, now.plus(interval), linksHash);
        pages.put(url, next);
        return next;
    }

    /** Records a check that found nothing new (304, or an error): slower. */
    ListPageState unchanged(URI url, Instant now) {
        ListPageState s = pages.get(url);
        Duration interval = slower(s.interval());
        ListPageState next = new ListPageState(url, siteId, s.etag(), s.lastModified(), interval, now.plus(interval),
                s.linksHash());
        pages.put(url, next);
        return next;
    }

    /** Postpones a page (host unavailable) without changing its interval. */
    void postpone(URI url, Instant now) {
        ListPageState s = pages.get(url);
        pages.put(url, new ListPageState(url, siteId, s.etag(), s.lastModified(), s.interval(),
                now.plus(s.interval()), s.linksHash()));
    }

    /** Makes a page due at {@code at} at the latest: one a turn had no time for, so the next turn checks it. */
    void dueBy(URI url, Instant at) {
        ListPageState s = pages.get(url);
        if (s != null && s.nextCheck().isAfter(at)) {
            pages.put(url, new ListPageState(url, siteId, s.etag(), s.lastModified(), s.interval(), at, s.linksHash()));
        }
    }

    /** The earliest next check of any page. */
    Optional<Instant> nextDue() {
        return pages.values().stream().map(ListPageState::nextCheck).min(Instant::compareTo);
    }

    int size() {
        return pages.size();
    }

    private Duration slower(Duration d) {
        return clamp(d.plus(d.dividedBy(2)));
    }

    private Duration clamp(Duration d) {
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }

    /**
     * How close to the response's own time a Last-Modified makes the validators unsafe. Validators
     * have one-second resolution (Last-Modified always, ETag on nginx and Apache: mtime and size),
     * so a page rewritten later within the same second keeps them and would answer 304 next time.
     */
    static final Duration VALIDATOR_MARGIN = Duration.ofSeconds(2);

    /**
     * Whether a 200's validators may be kept for the next conditional GET: not when Last-Modified
     * lies within {@link #VALIDATOR_MARGIN} of the response's {@code Date} (of {@code fetchedAt}
     * when the server sends no Date), as RFC 9110 §8.8.2.2 calls such a Last-Modified weak. The ETag
     * is dropped with it: servers derive it from the same timestamp. Without a readable
     * Last-Modified the validators are kept.
     */
    static boolean validatorsSafe(Optional<String> lastModified, Optional<String> date, Instant fetchedAt) {
        Optional<Instant> modified = lastModified.flatMap(ListSchedule::httpDate);
        if (modified.isEmpty()) {
            return true;
        }
        Instant now = date.flatMap(ListSchedule::httpDate).orElse(fetchedAt);
        return Duration.between(modified.get(), now).compareTo(VALIDATOR_MARGIN) > 0;
    }

    private static final java.util.List<String> MONTHS = java.util.List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun",
            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /** An HTTP date: the IMF-fixdate every server sends ({@code Sun, 06 Nov 1994 08:49:37 GMT}), or RFC 1123 variants. */
    static Optional<Instant> httpDate(String value) {
        Optional<Instant> fixed = imfFixdate(value.strip());
        return fixed.isPresent() ? fixed : rfc1123(value);
    }

    /** The fixed-length IMF-fixdate of RFC 9110 §5.6.7, read by position (formatters cost more than the check they serve). */
    private static Optional<Instant> imfFixdate(String v) {
        if (v.length() != 29 || v.charAt(3) != ',' || v.charAt(4) != ' ' || v.charAt(7) != ' ' || v.charAt(11) != ' '
                || v.charAt(16) != ' ' || v.charAt(19) != ':' || v.charAt(22) != ':' || !v.endsWith(" GMT")) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(v.substring(8, 11)) + 1;
        int day = digits(v, 5, 7);
        int year = digits(v, 12, 16);
        int hour = digits(v, 17, 19);
        int minute = digits(v, 20, 22);
        int second = digits(v, 23, 25);
        if (month == 0 || day < 1 || day > 31 || year < 0 || hour > 23 || minute > 59 || second > 60) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59))
                    .toInstant(java.time.ZoneOffset.UTC));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // 31 Feb and the like
        }
    }

    /** The decimal number in {@code s[from, to)}, or -1 when any character is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static Optional<Instant> rfc1123(String value) {
        try {
            return Optional.of(java.time.ZonedDateTime.parse(value.strip(),
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An order-independent hash of a set of links. */
    static long hash(List<URI> links) {
        long h = 0x9E3779B97F4A7C15L;
        for (URI u : links) {
            long x = u.toString().hashCode() * 0xBF58476D1CE4E5B9L;
            h += x ^ (x >>> 31);
        }
        return links.isEmpty() ? 1 : h;
    }
}
