package yaowen.bench.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import yaowen.bench.quality.DocumentTally.ScoredFields;
import yaowen.bench.quality.QualityReport.Aspect;
import yaowen.bench.quality.QualityReport.BodyScores;
import yaowen.bench.quality.QualityReport.DocumentReport;
import yaowen.bench.quality.QualityReport.GroupScores;
import yaowen.bench.quality.QualityReport.Issue;
import yaowen.bench.quality.QualityReport.MetricScores;
import yaowen.bench.quality.QualityReport.Mode;
import yaowen.bench.quality.QualityReport.Prf;
import yaowen.bench.quality.QualityReport.Ratio;

/**
 * Scores predictions (the JSON of {@code yaowen analyze}) against gold, exactly as {@code docs/analysis.md}
 * ("Scoring") defines. Pure: no I/O, no clock; stateless and thread-safe.
 *
 * <ul>
 *   <li>Body: P/R/F1 of the multiset of character bigrams over Han characters, letters and digits (NFKC,
 *       whitespace and punctuation dropped), micro-averaged over documents; the share of documents whose own
 *       F1 is below {@value #BODY_F1_THRESHOLD}; every {@code mustNotContain} string found is a failure.</li>
 *   <li>Title, publishedAt (to the day), source, authors: exact match after NFKC and whitespace removal,
 *       over the documents whose gold states the field ({@code null} or absent means not stated; an empty
 *       author list states "no author"). Authors compare as a multiset.</li>
 *   <li>isMeeting accuracy; types micro F1 over (document, type); region on the code when the gold has
 *       one, else on the last element of the path; people F1 over (name, role).</li>
 *   <li>Beyond {@code docs/analysis.md}: the meeting date, as an ISO day, over the gold meetings whose gold
 *       states one; the part (SPOKE, PRESIDED, ATTENDED) of people on matched (name, role) pairs whose gold
 *       states one, as qualifier accuracy is on matched metrics.</li>
 *   <li>Metrics: F1 over (indicator, kind, year, period, measure, scope, value within 0.01 %), greedy
 *       one-to-one; {@code optionalMetrics} are neither misses nor false alarms; qualifier accuracy on
 *       matched tuples.</li>
 * </ul>
 * A failed analysis is scored as an empty prediction, so it costs recall everywhere.
 */
public final class QualityScorer {
    /** A document whose own body F1 is below this counts as badly cleaned. */
    public static final double BODY_F1_THRESHOLD = 0.8;
    /** The single group of a gold corpus. */
    public static final String GOLD_GROUP = "all documents";
    /** The CWCE pages whose gold is the whole page. */
    public static final String CWCE_MAIN_GROUP = "single-article pages";
    /** The CWCE multi-post blog pages whose gold is a single post: reported apart. */
    public static final String CWCE_MULTI_POST_GROUP = "multi-post blog pages";
    /** Id prefixes of the CWCE multi-post blog pages. */
    public static final Set<String> CWCE_MULTI_POST_PREFIXES = Set.of("59562291", "8f1cdd94");

    /** How CWCE author lines separate names: spaces (also ideographic), 、, commas, semicolons, slashes. */
    private static final String AUTHOR_SEPARATORS = "[\\s\\u3000、，,;；/]+";
    private static final JsonNode NOTHING = JsonNodeFactory.instance.objectNode();

    private QualityScorer() {
    }

    /** What the analyzer produced for one input: its JSON, or why it failed. */
    public record Prediction(Optional<JsonNode> json, Optional<String> failure) {
        public Prediction {
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(failure, "failure");
            if (json.isPresent() == failure.isPresent()) {
                throw new IllegalArgumentException("a prediction is either JSON or a failure");
            }
        }

        public static Prediction of(JsonNode json) {
            return new Prediction(Optional.of(json), Optional.empty());
        }

        public static Prediction failed(String reason) {
            return new Prediction(Optional.empty(), Optional.of(reason));
        }
    }

    /**
     * One gold document and its prediction.
     *
     * @param id    the gold id ({@code seed-001})
     * @param input the input file relative to the corpus root (the gold's {@code input})
     * @param gold  the gold JSON: {@code article}, {@code meeting}, {@code metrics}, {@code optionalMetrics}
     */
    public record GoldCase(String id, String input, JsonNode gold, Prediction prediction) {
        public GoldCase {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(prediction, "prediction");
        }
    }

    /**
     * The CWCE gold of one page.
     *
     * @param date    the stated date ({@code 2005-5-7 21:23:57}, {@code 1998-3}); empty when UNKNOWN
     * @param authors the stated authors; empty when UNKNOWN
     */
    public record CwceGold(String id, String text, Optional<String> date, Optional<List<String>> authors) {
        public CwceGold {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(date, "date");
            authors = authors.map(List::copyOf);
        }

        /**
         * Reads the dataset's file contents: the date line ({@code YYYY-MM-DD HH-MM-SS} or a prefix of it,
         * {@code UNKNOWN}) and the author line (names separated by spaces or 、, {@code UNKNOWN}). Anything
         * that names no year, and an empty or UNKNOWN author line, counts as not stated.
         */
        public static CwceGold parse(String id, String text, String dateLine, String authorLine) {
            String date = dateLine == null ? "" : dateLine.strip();
            Optional<String> stated = Folding.dateParts(date).isPresent() ? Optional.of(date) : Optional.empty();
            String names = authorLine == null ? "" : authorLine.strip();
            Optional<List<String>> authors = names.isEmpty() || names.toUpperCase().startsWith("UNK")
                    ? Optional.empty()
                    : Optional.of(Arrays.stream(names.split(AUTHOR_SEPARATORS)).filter(s -> !s.isBlank()).toList());
            return new CwceGold(id, text, stated, authors);
        }

        /** Whether this is one of the multi-post blog pages reported apart. */
        public boolean multiPost() {
            return CWCE_MULTI_POST_PREFIXES.stream().anyMatch(id::startsWith);
        }
    }

    /** One CWCE page, the input file it was read from (relative to the corpus root) and its prediction. */
    public record CwceCase(CwceGold gold, String input, Prediction prediction) {
        public CwceCase {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(prediction, "prediction");
        }
    }

    /** Scores a gold corpus: one group, every figure of the contract. */
    public static QualityReport scoreGold(String corpus, List<GoldCase> cases) {
        List<DocumentTally> tallies = cases.stream().map(QualityScorer::scoreGold).toList();
        GroupScores all = DocumentTally.sum(GOLD_GROUP, tallies, ScoredFields.GOLD);
        return new QualityReport(corpus, Mode.GOLD, List.of(all),
                tallies.stream().map(DocumentTally::report).toList(), Optional.empty());
    }

    /** Scores CWCE pages: body, date and authors, the multi-post blog pages in a group of their own. */
    public static QualityReport scoreCwce(String corpus, List<CwceCase> cases) {
        Map<String, List<DocumentTally>> byGroup = new LinkedHashMap<>();
        byGroup.put(CWCE_MAIN_GROUP, new ArrayList<>());
        List<DocumentTally> all = new ArrayList<>();
        for (CwceCase c : cases) {
            DocumentTally t = scoreCwce(c);
            byGroup.computeIfAbsent(t.report().group(), g -> new ArrayList<>()).add(t);
            all.add(t);
        }
        List<GroupScores> groups = byGroup.entrySet().stream()
                .map(e -> DocumentTally.sum(e.getKey(), e.getValue(), ScoredFields.CWCE))
                .toList();
        return new QualityReport(corpus, Mode.CWCE, groups, all.stream().map(DocumentTally::report).toList(),
                Optional.empty());
    }

    static DocumentTally scoreGold(GoldCase c) {
        List<Issue> issues = new ArrayList<>();
        c.prediction().failure().ifPresent(f -> issues.add(new Issue(Aspect.ANALYSIS_FAILED, f)));
        JsonNode predicted = c.prediction().json().orElse(NOTHING);
        JsonNode goldArticle = c.gold().path("article");
        JsonNode article = predicted.path("article");
        String text = article.path("text").asText("");

        Prf bigrams = Prf.EMPTY;
        Ratio below = Ratio.EMPTY;
        double bodyF1 = Double.NaN;
        if (goldArticle.hasNonNull("text")) {
            bigrams = ArticleScoring.body(text, goldArticle.get("text").asText(), issues);
            bodyF1 = bigrams.f1();
            below = Ratio.of(bodyF1 < BODY_F1_THRESHOLD);
        }
        List<String> banned = new ArrayList<>();
        goldArticle.path("mustNotContain").forEach(s -> banned.add(s.asText()));
        Ratio mustNotContain = ArticleScoring.mustNotContain(text, banned, issues);

        Ratio title = ArticleScoring.exact(Aspect.TITLE, Folding.text(goldArticle, "title"),
                Folding.text(article, "title"), issues);
        Ratio publishedAt = ArticleScoring.publishedAt(raw(goldArticle, "publishedAt"), raw(article, "publishedAt"),
                issues);
        Ratio source = ArticleScoring.exact(Aspect.SOURCE, Folding.text(goldArticle, "source"),
                Folding.text(article, "source"), issues);
        Ratio authors = ArticleScoring.authors(authors(goldArticle), authors(article), issues);

        JsonNode goldMeeting = c.gold().get("meeting");
        var meeting = goldMeeting == null || !goldMeeting.isObject() ? Optional.<QualityReport.MeetingScores>empty()
                : Optional.of(MeetingScoring.score(goldMeeting, predicted.get("meeting"), issues));
        // A gold that leaves meeting or metrics out, or sets them to null, does not score them at all.
        var metrics = c.gold().path("metrics").isArray() ? Optional.of(metrics(c.gold(), predicted, issues))
                : Optional.<MetricScores>empty();

        DocumentReport report = new DocumentReport(c.id(), c.input(), GOLD_GROUP, bodyF1, c.prediction().failure(),
                issues);
        return new DocumentTally(report, new BodyScores(bigrams, below, mustNotContain), title, publishedAt, source,
                authors, meeting, metrics);
    }

    static DocumentTally scoreCwce(CwceCase c) {
        List<Issue> issues = new ArrayList<>();
        c.prediction().failure().ifPresent(f -> issues.add(new Issue(Aspect.ANALYSIS_FAILED, f)));
        JsonNode article = c.prediction().json().orElse(NOTHING).path("article");
        Prf bigrams = ArticleScoring.body(article.path("text").asText(""), c.gold().text(), issues);
        Ratio publishedAt = ArticleScoring.publishedAt(c.gold().date(), raw(article, "publishedAt"), issues);
        Ratio authors = ArticleScoring.authors(c.gold().authors(), authors(article), issues);
        String group = c.gold().multiPost() ? CWCE_MULTI_POST_GROUP : CWCE_MAIN_GROUP;
        DocumentReport report = new DocumentReport(c.gold().id(), c.input(), group, bigrams.f1(),
                c.prediction().failure(), issues);
        BodyScores body = new BodyScores(bigrams, Ratio.of(bigrams.f1() < BODY_F1_THRESHOLD), Ratio.EMPTY);
        return new DocumentTally(report, body, Ratio.EMPTY, publishedAt, Ratio.EMPTY, authors, Optional.empty(),
                Optional.empty());
    }

    private static MetricScores metrics(JsonNode gold, JsonNode predicted, List<Issue> issues) {
        MetricTuples.Matching m = MetricTuples.match(tuples(gold.get("metrics")), tuples(gold.get("optionalMetrics")),
                tuples(predicted.get("metrics")));
        m.missed().forEach(t -> issues.add(new Issue(Aspect.MISSED_METRIC, t.describe())));
        m.falseAlarms().forEach(t -> issues.add(new Issue(Aspect.FALSE_ALARM_METRIC, t.describe())));
        long sameQualifier = 0;
        for (MetricTuples.Pair pair : m.matched()) {
            if (pair.sameQualifier()) {
                sameQualifier++;
            } else {
                issues.add(new Issue(Aspect.WRONG_QUALIFIER, pair.gold().describe() + ": "
                        + ArticleScoring.mismatch(pair.gold().qualifier().orElse("null"),
                        pair.predicted().qualifier().orElse("null"))));
            }
        }
        return new MetricScores(m.prf(), new Ratio(sameQualifier, m.matched().size()));
    }

    private static List<MetricTuples.Tuple> tuples(JsonNode array) {
        List<MetricTuples.Tuple> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(m -> out.add(MetricTuples.Tuple.of(m)));
        }
        return out;
    }

    private static Optional<List<String>> authors(JsonNode article) {
        return article.path("authors").isArray() ? Optional.of(Folding.texts(article, "authors")) : Optional.empty();
    }

    private static Optional<String> raw(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
