package yaowen.crawler;

import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.crawler.discovery.Urls;

/**
 * The cuts of one crawler, by {@link CutReason}: counted every time, logged at WARN the first time a
 * site meets a reason at a URL (a list page cut at every check is one line, not one an hour). Logged
 * URLs go through {@link Urls#forLog}: no user info, no query values. Thread-safe.
 */
final class Cuts {
    private static final Logger LOG = LoggerFactory.getLogger(Cuts.class);
    /** Distinct (site, reason, URL) remembered as logged; beyond it the oldest is forgotten and may log again. */
    static final int REMEMBERED = 4096;

    private final Map<CutReason, LongAdder> counts = new EnumMap<>(CutReason.class);
    private final Map<String, Boolean> logged = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    Cuts() {
        for (CutReason r : CutReason.values()) {
            counts.put(r, new LongAdder());
        }
    }

    /**
     * Counts {@code n} cuts of one kind at {@code url} for {@code siteId}, and logs them the first
     * time; {@code what} says in words what was cut.
     */
    void cut(String siteId, CutReason reason, URI url, long n, String what) {
        counts.get(reason).add(n);
        String where = Urls.forLog(url);
        boolean first;
        synchronized (logged) {
            first = logged.put(siteId + ' ' + reason + ' ' + where, Boolean.TRUE) == null;
        }
        if (first) {
            LOG.warn("site {} cut ({}) at {}: {}; counted in yaowen.crawler.cuts, logged once", siteId, reason.label(),
                    where, what);
        } else {
            LOG.debug("site {} cut ({}) at {} again: {}", siteId, reason.label(), where, what);
        }
    }

    /** Cuts so far, by reason (every reason, zero included). */
    Map<CutReason, Long> snapshot() {
        Map<CutReason, Long> out = new EnumMap<>(CutReason.class);
        counts.forEach((r, n) -> out.put(r, n.sum()));
        return out;
    }
}
