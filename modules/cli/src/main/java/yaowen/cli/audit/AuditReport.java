package yaowen.cli.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An audit's counts per stage, and the lines {@code yaowen audit} prints. {@link #ok()}: no record
 * duplicated and none lost anywhere.
 */
public record AuditReport(Crawl crawl, Insight insight, Optional<Store> store, Alerts alerts) {

    /**
     * Raw pages to articles and dead letters.
     *
     * @param rawRecords     records on the raw topic
     * @param rawPages       distinct keys (canonical URLs) among them
     * @param articles       distinct article ids
     * @param deadLetters    raw records accounted for by a dead letter of theirs (no article)
     * @param rawDuplicates  raw records beyond the first of their key (the crawler sent a page again)
     * @param articleDuplicates article records beyond the first of their id
     * @param deadLetterDuplicates dead letters beyond the first for one raw record
     * @param lost           raw records with neither an article nor a dead letter
     * @param articleAndDeadLetter raw records with both an article and a dead letter of theirs (a duplicate)
     */
    public record Crawl(long rawRecords, long rawPages, long articles, long deadLetters, long rawDuplicates,
                        long articleDuplicates, long deadLetterDuplicates, long lost, long articleAndDeadLetter) {
        /** Counts with no raw record having both outcomes. */
        public Crawl(long rawRecords, long rawPages, long articles, long deadLetters, long rawDuplicates,
                     long articleDuplicates, long deadLetterDuplicates, long lost) {
            this(rawRecords, rawPages, articles, deadLetters, rawDuplicates, articleDuplicates, deadLetterDuplicates, lost, 0);
        }

        public long duplicates() {
            return rawDuplicates + articleDuplicates + deadLetterDuplicates + articleAndDeadLetter;
        }
    }

    /**
     * Articles to meetings and metrics.
     *
     * @param articles    distinct article ids (the input)
     * @param meetings    distinct meeting keys
     * @param metrics     distinct metric keys
     * @param deadLetters articles the insight step dead-lettered
     * @param meetingRepeats records of a meeting equal to an earlier one of its key (the merge emits only changes)
     * @param metricRepeats  the same for metrics
     * @param deadLetterDuplicates insight dead letters beyond the first for one article record
     */
    public record Insight(long articles, long meetings, long metrics, long deadLetters, long meetingRepeats,
                          long metricRepeats, long deadLetterDuplicates) {
        public long duplicates() {
            return meetingRepeats + metricRepeats + deadLetterDuplicates;
        }
    }

    /**
     * The store against the topics' keys.
     *
     * @param missing keys on a topic the store lacks (lost on the way to the store)
     * @param extra   keys in the store no topic has (a store of another run, or a bug)
     */
    public record Store(long articles, long meetings, long metrics, long missing, long extra) {
    }

    /**
     * The alerts topic.
     *
     * @param records    alert records
     * @param meetings   distinct meeting keys announced
     * @param fresh      NEW alerts
     * @param updated    UPDATED alerts
     * @param duplicates NEW alerts beyond the first per meeting, and alerts equal to an earlier one
     * @param lost       meetings on the meeting topic without a NEW alert
     */
    public record Alerts(long records, long meetings, long fresh, long updated, long duplicates, long lost) {
        /** Counts with no meeting missing its NEW alert. */
        public Alerts(long records, long meetings, long fresh, long updated, long duplicates) {
            this(records, meetings, fresh, updated, duplicates, 0);
        }
    }

    /** No duplicate and no loss: raw pages, articles, merges, store and alerts. */
    public boolean ok() {
        return crawl.duplicates() == 0 && crawl.lost() == 0 && insight.duplicates() == 0
                && store.map(s -> s.missing() == 0).orElse(true) && alerts.duplicates() == 0 && alerts.lost() == 0;
    }

    /** Every duplicate counted, over all stages. */
    public long duplicates() {
        return crawl.duplicates() + insight.duplicates() + alerts.duplicates();
    }

    /** Every loss counted: raw pages without an outcome, keys missing from the store, meetings without a NEW alert. */
    public long lost() {
        return crawl.lost() + store.map(Store::missing).orElse(0L) + alerts.lost();
    }

    /** One line per stage, as {@code yaowen audit} prints them. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("raw pages %d → articles %d + dead letters %d · duplicates %d%s · lost %d",
                crawl.rawPages(), crawl.articles(), crawl.deadLetters(), crawl.duplicates(),
                crawl.duplicates() == 0 ? "" : String.format(" (raw %d, articles %d, dead letters %d%s)",
                        crawl.rawDuplicates(), crawl.articleDuplicates(), crawl.deadLetterDuplicates(),
                        crawl.articleAndDeadLetter() == 0 ? ""
                                : ", article and dead letter " + crawl.articleAndDeadLetter()),
                crawl.lost()));
        lines.add(String.format("articles %d → meetings %d, metrics %d%s · duplicates %d%s",
                insight.articles(), insight.meetings(), insight.metrics(),
                insight.deadLetters() == 0 ? "" : " + dead letters " + insight.deadLetters(), insight.duplicates(),
                insight.duplicates() == 0 ? "" : String.format(" (meetings %d, metrics %d, dead letters %d)",
                        insight.meetingRepeats(), insight.metricRepeats(), insight.deadLetterDuplicates())));
        store.ifPresent(s -> lines.add(String.format("store: articles %d, meetings %d, metrics %d · missing %d · extra %d",
                s.articles(), s.meetings(), s.metrics(), s.missing(), s.extra())));
        lines.add(String.format("alerts: %d for %d meetings (new %d, updated %d) · %s%s", alerts.records(),
                alerts.meetings(), alerts.fresh(), alerts.updated(),
                alerts.duplicates() == 0 ? "once each" : "duplicates " + alerts.duplicates(),
                alerts.lost() == 0 ? "" : " · lost " + alerts.lost() + " (meetings without a NEW alert)"));
        return lines;
    }
}
