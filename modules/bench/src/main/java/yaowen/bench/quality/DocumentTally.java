package yaowen.bench.quality;

import java.util.List;
import java.util.Optional;
import yaowen.bench.quality.QualityReport.BodyScores;
import yaowen.bench.quality.QualityReport.DocumentReport;
import yaowen.bench.quality.QualityReport.FieldScores;
import yaowen.bench.quality.QualityReport.GroupScores;
import yaowen.bench.quality.QualityReport.MeetingScores;
import yaowen.bench.quality.QualityReport.MetricScores;
import yaowen.bench.quality.QualityReport.Prf;
import yaowen.bench.quality.QualityReport.Ratio;

/**
 * The counts of one scored document; groups are sums of these (micro-averaging). A field left at
 * {@link Ratio#EMPTY} or {@link Prf#EMPTY} was not scored for this document.
 */
record DocumentTally(
        DocumentReport report, BodyScores body, Ratio title, Ratio publishedAt, Ratio source, Ratio authors,
        Optional<MeetingScores> meeting, Optional<MetricScores> metrics) {

    /** Which article fields a mode scores. */
    record ScoredFields(boolean title, boolean publishedAt, boolean source, boolean authors) {
        static final ScoredFields GOLD = new ScoredFields(true, true, true, true);
        static final ScoredFields CWCE = new ScoredFields(false, true, false, true);
    }

    static GroupScores sum(String name, List<DocumentTally> docs, ScoredFields scored) {
        Prf bigrams = Prf.EMPTY;
        Ratio below = Ratio.EMPTY;
        Ratio banned = Ratio.EMPTY;
        Ratio title = Ratio.EMPTY;
        Ratio publishedAt = Ratio.EMPTY;
        Ratio source = Ratio.EMPTY;
        Ratio authors = Ratio.EMPTY;
        MeetingScores meeting = null;
        MetricScores metrics = null;
        int failed = 0;
        for (DocumentTally d : docs) {
            bigrams = bigrams.plus(d.body.bigrams());
            below = below.plus(d.body.belowThreshold());
            banned = banned.plus(d.body.mustNotContain());
            title = title.plus(d.title);
            publishedAt = publishedAt.plus(d.publishedAt);
            source = source.plus(d.source);
            authors = authors.plus(d.authors);
            if (d.meeting.isPresent()) {
                meeting = meeting == null ? d.meeting.get() : plus(meeting, d.meeting.get());
            }
            if (d.metrics.isPresent()) {
                metrics = metrics == null ? d.metrics.get() : plus(metrics, d.metrics.get());
            }
            if (d.report.failure().isPresent()) {
                failed++;
            }
        }
        FieldScores fields = new FieldScores(when(scored.title, title), when(scored.publishedAt, publishedAt),
                when(scored.source, source), when(scored.authors, authors));
        return new GroupScores(name, docs.size(), failed, new BodyScores(bigrams, below, banned), fields,
                Optional.ofNullable(meeting), Optional.ofNullable(metrics));
    }

    private static MeetingScores plus(MeetingScores a, MeetingScores b) {
        return new MeetingScores(a.isMeeting().plus(b.isMeeting()), a.types().plus(b.types()),
                a.region().plus(b.region()), a.people().plus(b.people()), a.date().plus(b.date()),
                a.part().plus(b.part()));
    }

    private static MetricScores plus(MetricScores a, MetricScores b) {
        return new MetricScores(a.tuples().plus(b.tuples()), a.qualifier().plus(b.qualifier()));
    }

    private static Optional<Ratio> when(boolean scored, Ratio ratio) {
        return scored ? Optional.of(ratio) : Optional.empty();
    }
}
