package yaowen.bench.quality;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one quality run, per group of documents, and every miss per document. Immutable.
 *
 * <p>Conventions: a {@link Prf} whose denominator is zero scores 1.0 when both sides are empty and 0.0
 * otherwise; a {@link Ratio} over zero documents has no value ({@code NaN}, rendered "—"), which is how a
 * field no gold states shows up.
 *
 * @param corpus     the corpus the run scored (its folder)
 * @param mode       which gold the corpus carries
 * @param groups     the scores per group; one group for gold corpora, two for CWCE (single-article pages
 *                   and multi-post blog pages, reported apart)
 * @param documents  per-document results in corpus order
 * @param throughput how fast the analyzer ran, when the run was timed
 */
public record QualityReport(
        String corpus, Mode mode, List<GroupScores> groups, List<DocumentReport> documents,
        Optional<Throughput> throughput) {

    public QualityReport {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(mode, "mode");
        groups = List.copyOf(groups);
        documents = List.copyOf(documents);
        Objects.requireNonNull(throughput, "throughput");
    }

    /** The same report, timed. */
    public QualityReport withThroughput(Throughput timing) {
        return new QualityReport(corpus, mode, groups, documents, Optional.of(timing));
    }

    /** The group of that name, if the report has one. */
    public Optional<GroupScores> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** The first group: the whole corpus for gold mode, the main pages for CWCE. */
    public GroupScores main() {
        return groups.get(0);
    }

    /** A plain-text table for a terminal, followed by the misses per document. */
    public String toText() {
        return ReportRendering.text(this);
    }

    /** Markdown (tables and lists) for {@code docs/benchmarks.md}. */
    public String toMarkdown() {
        return ReportRendering.markdown(this);
    }

    /** What kind of gold a corpus carries. */
    public enum Mode {
        /** {@code gold/*.json} in the analysis shape: body, fields, meeting, metrics. */
        GOLD,
        /** The Chinese Web Content Extraction dataset: body, date and authors. */
        CWCE
    }

    /**
     * Scores of one group of documents.
     *
     * @param failed   documents the analyzer could not analyse (scored as empty predictions)
     * @param meeting  present when the gold states meetings
     * @param metrics  present when the gold states metrics
     */
    public record GroupScores(
            String name, int documents, int failed, BodyScores body, FieldScores fields,
            Optional<MeetingScores> meeting, Optional<MetricScores> metrics) {
        public GroupScores {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(fields, "fields");
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(metrics, "metrics");
        }
    }

    /**
     * Body-text scores.
     *
     * @param bigrams        character-bigram overlap, micro-averaged over documents
     * @param belowThreshold documents whose own bigram F1 is below {@link QualityScorer#BODY_F1_THRESHOLD}
     * @param mustNotContain {@code mustNotContain} strings found in the text, over strings checked
     */
    public record BodyScores(Prf bigrams, Ratio belowThreshold, Ratio mustNotContain) {
        public BodyScores {
            Objects.requireNonNull(bigrams, "bigrams");
            Objects.requireNonNull(belowThreshold, "belowThreshold");
            Objects.requireNonNull(mustNotContain, "mustNotContain");
        }
    }

    /**
     * Exact-match accuracy of article fields over the documents whose gold states the field. A field the
     * mode does not score is empty.
     */
    public record FieldScores(Optional<Ratio> title, Optional<Ratio> publishedAt, Optional<Ratio> source,
                              Optional<Ratio> authors) {
        public FieldScores {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(publishedAt, "publishedAt");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(authors, "authors");
        }
    }

    /**
     * Meeting scores.
     *
     * @param isMeeting accuracy of {@code isMeeting}
     * @param types     micro P/R/F1 over (document, type) pairs
     * @param region    matches over documents whose gold names a region
     * @param people    micro P/R/F1 over (document, name, role)
     * @param date      equal ISO dates over the gold meetings ({@code isMeeting} true) whose gold states a date
     * @param part      part agreement (SPOKE, PRESIDED, ATTENDED) over the matched (name, role) pairs whose gold
     *                  states a part
     */
    public record MeetingScores(Ratio isMeeting, Prf types, Ratio region, Prf people, Ratio date, Ratio part) {
        public MeetingScores {
            Objects.requireNonNull(isMeeting, "isMeeting");
            Objects.requireNonNull(types, "types");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(people, "people");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(part, "part");
        }
    }

    /**
     * Metric scores.
     *
     * @param tuples    micro P/R/F1 over (indicator, kind, year, period, measure, scope, value ±0.01 %)
     * @param qualifier qualifier agreement over the matched (required) tuples
     */
    public record MetricScores(Prf tuples, Ratio qualifier) {
        public MetricScores {
            Objects.requireNonNull(tuples, "tuples");
            Objects.requireNonNull(qualifier, "qualifier");
        }
    }

    /**
     * Counts behind precision, recall and F1.
     *
     * @param matched   predicted items that match an expected one
     * @param predicted items predicted (optional gold items matched are not counted)
     * @param expected  items the gold expects
     */
    public record Prf(long matched, long predicted, long expected) {
        public static final Prf EMPTY = new Prf(0, 0, 0);

        public Prf {
            if (matched < 0 || matched > predicted || matched > expected) {
                throw new IllegalArgumentException(
                        "inconsistent counts: " + matched + "/" + predicted + "/" + expected);
            }
        }

        public double precision() {
            return predicted == 0 ? (expected == 0 ? 1.0 : 0.0) : (double) matched / predicted;
        }

        public double recall() {
            return expected == 0 ? (predicted == 0 ? 1.0 : 0.0) : (double) matched / expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        public Prf plus(Prf other) {
            return new Prf(matched + other.matched, predicted + other.predicted, expected + other.expected);
        }
    }

    /** {@code hits} out of {@code total}. */
    public record Ratio(long hits, long total) {
        public static final Ratio EMPTY = new Ratio(0, 0);

        public Ratio {
            if (hits < 0 || hits > total) {
                throw new IllegalArgumentException("inconsistent ratio: " + hits + "/" + total);
            }
        }

        /** A single yes/no check. */
        public static Ratio of(boolean hit) {
            return new Ratio(hit ? 1 : 0, 1);
        }

        /** hits / total; {@code NaN} when nothing was counted. */
        public double value() {
            return total == 0 ? Double.NaN : (double) hits / total;
        }

        public Ratio plus(Ratio other) {
            return new Ratio(hits + other.hits, total + other.total);
        }
    }

    /**
     * One document's result.
     *
     * @param id      the gold id (gold mode) or page id (CWCE)
     * @param input   the input file, relative to the corpus root
     * @param group   the group it is scored in
     * @param bodyF1  its own body bigram F1; {@code NaN} when the gold states no body
     * @param failure why the analyzer failed on it, if it did
     * @param issues  everything that did not match, in scoring order; empty for a perfect document
     */
    public record DocumentReport(String id, String input, String group, double bodyF1, Optional<String> failure,
                                 List<Issue> issues) {
        public DocumentReport {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(failure, "failure");
            issues = List.copyOf(issues);
        }

        /** The issues of one aspect. */
        public List<Issue> issues(Aspect aspect) {
            return issues.stream().filter(i -> i.aspect() == aspect).toList();
        }
    }

    /** One thing that did not match, with what was expected and what came out. */
    public record Issue(Aspect aspect, String detail) {
        public Issue {
            Objects.requireNonNull(aspect, "aspect");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** What an {@link Issue} is about. */
    public enum Aspect {
        ANALYSIS_FAILED, BODY_BELOW_THRESHOLD, MUST_NOT_CONTAIN, TITLE, PUBLISHED_AT, SOURCE, AUTHORS,
        IS_MEETING, MISSED_TYPE, WRONG_TYPE, MEETING_DATE, REGION, MISSED_PERSON, WRONG_PERSON, WRONG_PART,
        MISSED_METRIC, FALSE_ALARM_METRIC, WRONG_QUALIFIER
    }

    /** How fast the analyzer went: documents analysed (failed ones included) over wall-clock time. */
    public record Throughput(int documents, Duration elapsed) {
        public Throughput {
            Objects.requireNonNull(elapsed, "elapsed");
        }

        public double documentsPerSecond() {
            long nanos = elapsed.toNanos();
            return nanos == 0 ? Double.NaN : documents * 1e9 / nanos;
        }
    }
}
