package yaowen.cli.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import yaowen.cli.audit.AuditInput.AlertRef;
import yaowen.cli.audit.AuditInput.DeadLetterRef;
import yaowen.cli.audit.AuditInput.Keyed;
import yaowen.cli.audit.AuditInput.Raw;

/**
 * Counts an {@link AuditInput}: pure, no I/O. Exactly one of something is expected where the topics' keying
 * says so: one article per raw page (key = canonical URL, article id = its hash), one dead letter per
 * failed record (by the failed record's coordinates), never both for one raw record, one NEW alert per
 * meeting (the merge emits one with every new meeting key, before any alert rule filters: a meeting without
 * one is a lost alert); and a merge topic never repeats a value it already sent for a key (the merges emit only
 * changes, so a repeat is work done twice).
 *
 * <p>Exact on a fresh run. On a long-lived cluster compaction removes repeats of the compacted topics the audit
 * would count, and the raw and alerts topics' retention removes records whose outcome is still there (an old
 * meeting whose NEW alert expired counts as lost).
 */
public final class Audit {
    /** The stage names the pipeline writes in its dead letters. */
    static final String CLEAN = "clean";
    static final String INSIGHT = "insight";

    private Audit() {
    }

    /**
     * The report for {@code in}, whose dead letters name their source topic as {@code rawTopic} and
     * {@code articleTopic} (the installation's names, prefix included).
     */
    public static AuditReport of(AuditInput in, String rawTopic, String articleTopic) {
        AuditReport.Crawl crawl = crawl(in.raw(), in.articles(), in.deadLetters(), rawTopic);
        List<DeadLetterRef> insightLetters = in.deadLetters().stream()
                .filter(d -> INSIGHT.equals(d.stage()) && articleTopic.equals(d.sourceTopic())).toList();
        AuditReport.Insight insight = new AuditReport.Insight(crawl.articles(),
                distinct(in.meetings(), Keyed::key), distinct(in.metrics(), Keyed::key),
                distinct(insightLetters, Audit::coordinates), repeats(in.meetings()), repeats(in.metrics()),
                beyondFirst(insightLetters, Audit::coordinates));
        return new AuditReport(crawl, insight, in.store().map(s -> store(in, s)),
                alerts(in.alerts(), keys(in.meetings(), Keyed::key)));
    }

    /** Raw pages to articles and dead letters: what each raw record became. */
    static AuditReport.Crawl crawl(List<Raw> raw, List<AuditInput.ArticleRef> articles, List<DeadLetterRef> letters,
                                   String rawTopic) {
        Set<String> articleUrls = new HashSet<>();
        articles.forEach(a -> articleUrls.add(a.url()));
        List<DeadLetterRef> cleanLetters = letters.stream()
                .filter(d -> CLEAN.equals(d.stage()) && rawTopic.equals(d.sourceTopic())).toList();
        Set<String> lettered = new HashSet<>();
        cleanLetters.forEach(d -> lettered.add(coordinates(d)));
        long byLetter = 0;
        long both = 0;
        long lost = 0;
        for (Raw r : raw) {
            boolean article = r.url() != null && articleUrls.contains(r.url());
            boolean letter = lettered.contains(r.partition() + ":" + r.offset());
            if (article && letter) {
                both++; // cleaned and failed: one of the two outcomes is one too many
            } else if (letter) {
                byLetter++;
            } else if (!article) {
                lost++;
            }
        }
        return new AuditReport.Crawl(raw.size(), distinct(raw, Raw::key), distinct(articles, AuditInput.ArticleRef::id),
                byLetter, beyondFirst(raw, Raw::key), beyondFirst(articles, AuditInput.ArticleRef::id),
                beyondFirst(cleanLetters, Audit::coordinates), lost, both);
    }

    /** The store's keys against the latest keys of the topics. */
    static AuditReport.Store store(AuditInput in, AuditInput.Stored stored) {
        Set<String> articles = keys(in.articles(), AuditInput.ArticleRef::id);
        Set<String> meetings = keys(in.meetings(), Keyed::key);
        Set<String> metrics = keys(in.metrics(), Keyed::key);
        long missing = missing(articles, stored.articles()) + missing(meetings, stored.meetings())
                + missing(metrics, stored.metrics());
        long extra = missing(stored.articles(), articles) + missing(stored.meetings(), meetings)
                + missing(stored.metrics(), metrics);
        return new AuditReport.Store(stored.articles().size(), stored.meetings().size(), stored.metrics().size(),
                missing, extra);
    }

    /** Alerts: one NEW per meeting of {@code meetings} (the meeting topic's keys), and no alert repeated. */
    static AuditReport.Alerts alerts(List<AlertRef> alerts, Set<String> meetings) {
        long fresh = alerts.stream().filter(a -> "NEW".equals(a.change())).count();
        // a record counts once even when it is both a second NEW and equal to an earlier alert
        Set<String> seen = new HashSet<>();
        Set<String> newSeen = new HashSet<>();
        long duplicates = 0;
        for (AlertRef a : alerts) {
            boolean equal = !seen.add(a.meetingKey() + "\u0000" + a.change() + "\u0000" + a.fingerprint());
            boolean secondNew = "NEW".equals(a.change()) && !newSeen.add(a.meetingKey());
            if (equal || secondNew) {
                duplicates++;
            }
        }
        long lost = meetings.stream().filter(m -> !newSeen.contains(m)).count();
        return new AuditReport.Alerts(alerts.size(), distinct(alerts, AlertRef::meetingKey), fresh,
                alerts.size() - fresh, duplicates, lost);
    }

    /** Records whose value equals an earlier value of their key. */
    static long repeats(List<Keyed> records) {
        Map<String, Set<String>> seen = new HashMap<>();
        long repeats = 0;
        for (Keyed k : records) {
            if (!seen.computeIfAbsent(k.key(), x -> new HashSet<>()).add(k.fingerprint())) {
                repeats++;
            }
        }
        return repeats;
    }

    /** Elements beyond the first of their key. */
    static <T> long beyondFirst(List<T> items, Function<T, String> key) {
        return items.size() - distinct(items, key);
    }

    static <T> long distinct(List<T> items, Function<T, String> key) {
        return keys(items, key).size();
    }

    private static <T> Set<String> keys(List<T> items, Function<T, String> key) {
        Set<String> keys = new HashSet<>();
        items.forEach(i -> keys.add(key.apply(i)));
        return keys;
    }

    private static long missing(Set<String> expected, Set<String> present) {
        return expected.stream().filter(k -> !present.contains(k)).count();
    }

    private static String coordinates(DeadLetterRef d) {
        return d.sourcePartition() + ":" + d.sourceOffset();
    }
}
