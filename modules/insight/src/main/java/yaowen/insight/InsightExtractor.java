package yaowen.insight;

import yaowen.insight.MeetingFacts.Person;
import yaowen.insight.meeting.MeetingDateResolver;
import yaowen.insight.meeting.MeetingTypeClassifier;
import yaowen.insight.meeting.SessionParser;
import yaowen.insight.metric.IndicatorTaxonomy;
import yaowen.insight.metric.MetricContext;
import yaowen.insight.metric.MetricGrammar;
import yaowen.insight.url.UrlDate;
import yaowen.insight.nlp.Segmenter;
import yaowen.insight.nlp.Sentence;
import yaowen.insight.nlp.SentenceSplitter;
import yaowen.insight.people.PersonRoleExtractor;
import yaowen.insight.region.Gazetteer;
import yaowen.insight.region.Place;
import yaowen.insight.region.RegionResolver;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The front door of insight: {@code extract(ArticleText) -> Insight}.
 *
 * <p>{@link #load()} reads the gazetteer, the indicator taxonomy and HanLP's dictionaries from the classpath once;
 * later calls return the same instance. An extractor is immutable and thread-safe; {@link #extract} is a pure
 * function of its argument (no I/O, no clock, no logging). It never throws on odd input (empty, non-Chinese, very
 * long, garbled numbers): what it does not understand is simply absent from the result; a defect in a rule throws
 * {@link InsightException} so that the shell can dead-letter the article, and so does a caller's {@link Budget} that
 * runs out ({@link OverBudgetException}). Its time grows linearly with the text. Only the first
 * {@value #MAX_CHARS} characters of a text are read.
 */
public final class InsightExtractor {
    /** Texts longer than this are read up to here: a government article is far shorter. */
    public static final int MAX_CHARS = 200_000;

    private static volatile InsightExtractor shared;

    private final Gazetteer gazetteer;
    private final RegionResolver regions;
    private final MetricGrammar grammar;
    private final PersonRoleExtractor people;

    private InsightExtractor(Gazetteer gazetteer, IndicatorTaxonomy taxonomy, Segmenter segmenter) {
        this.gazetteer = gazetteer;
        this.regions = new RegionResolver(gazetteer);
        this.grammar = new MetricGrammar(taxonomy);
        this.people = new PersonRoleExtractor(segmenter);
    }

    /** The shared extractor with the bundled gazetteer and taxonomy, loaded on first use. */
    public static InsightExtractor load() {
        InsightExtractor e = shared;
        if (e == null) {
            synchronized (InsightExtractor.class) {
                e = shared;
                if (e == null) {
                    e = with(Gazetteer.bundled(), IndicatorTaxonomy.bundled());
                    shared = e;
                }
            }
        }
        return e;
    }

    /** An extractor over another gazetteer or taxonomy (tests, alternative data). */
    public static InsightExtractor with(Gazetteer gazetteer, IndicatorTaxonomy taxonomy) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Segmenter.loadPlaceNames(gazetteer.names());
        InsightExtractor e = new InsightExtractor(gazetteer, taxonomy, Segmenter.withNameRecognition());
        e.people.extract("区委书记张三出席会议并讲话。"); // warm HanLP's models up here, not in the first article
        return e;
    }

    /**
     * Meeting facts and metrics of {@code article}. Odd content (empty, garbled, foreign) yields an empty result;
     * a defect in a rule is reported, never hidden as "not a meeting".
     *
     * @throws InsightException when a rule fails on this article; the shells dead-letter it and go on
     */
    public Insight extract(ArticleText article) {
        return extract(article, Budget.UNLIMITED);
    }

    /**
     * As {@link #extract(ArticleText)}, asking {@code budget} between steps and before each sentence whether to go
     * on; insight reads no clock itself.
     *
     * @throws OverBudgetException when {@code budget} ran out before the extraction finished
     * @throws InsightException    when a rule fails on this article
     */
    public Insight extract(ArticleText article, Budget budget) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(budget, "budget");
        return guarded(article, a -> analyse(a, budget));
    }

    /** Runs {@code analysis}, turning a failure inside it into an {@link InsightException} that names the article. */
    static Insight guarded(ArticleText article, java.util.function.Function<ArticleText, Insight> analysis) {
        try {
            return analysis.apply(article);
        } catch (OverBudgetException e) {
            throw e; // the caller's limit, not a defect
        } catch (RuntimeException | StackOverflowError e) {
            throw new InsightException(article.title(), e);
        }
    }

    private Insight analyse(ArticleText article, Budget budget) {
        Runnable checkpoint = () -> {
            if (budget.exhausted()) {
                throw new OverBudgetException(article.title());
            }
        };
        checkpoint.run();
        String title = clean(article.title().orElse(""));
        String text = clean(article.text());
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        List<String> paragraphs = SentenceSplitter.paragraphs(text);
        String opening = String.join("\n", paragraphs.subList(0, Math.min(3, paragraphs.size())));
        Optional<LocalDate> published = article.publishedOn();

        checkpoint.run();
        MeetingTypeClassifier.Classification c = MeetingTypeClassifier.classify(title, paragraphs);
        checkpoint.run();
        Optional<Place> place = regions.resolvePlace(title, paragraphs, article.siteRegionCode(),
                article.url(), article.source().map(InsightExtractor::clean));
        Optional<Region> region = place.map(regions::toRegion);

        MeetingFacts meeting;
        if (c.isMeeting()) {
            SessionParser.Facts f = SessionParser.parse(title, opening, c.types(), published);
            Optional<LocalDate> date = MeetingDateResolver.resolve(c.evidence().orElseThrow(),
                    new MeetingDateResolver.Anchors(published, article.url(), c.name(), f.planYear(), text));
            if (f.reviewYear().isEmpty() && date.isPresent() && published.isEmpty()) {
                f = SessionParser.parse(title, opening, c.types(), date);
            }
            Optional<MeetingFacts.Session> session = c.name().flatMap(SessionParser::session).or(f::session);
            // people are read over the whole article: a part is often stated paragraphs after the office
            checkpoint.run();
            List<Person> persons = people.extract(title, paragraphs);
            meeting = new MeetingFacts(true, c.types(), c.cue(), c.name(), date, region, f.format(), session,
                    f.reviewYear(), f.planYear(), persons);
        } else {
            meeting = MeetingFacts.notAMeeting(region);
        }

        checkpoint.run();
        MetricContext ctx = metricContext(article, c, meeting, title, opening, place);
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<Metric> metrics = grammar.extract(sentences, ctx, checkpoint);
        return new Insight(meeting, metrics);
    }

    /**
     * What anchors the article's figures. "今年" is the year the meeting was held (a December meeting speaks of the
     * year it reviews), else the year it plans, else the year of publication, else the year the page's URL is filed
     * under (/2020-02-28/); an annual meeting known only by a URL filed in January–April reviews the year before.
     */
    private MetricContext metricContext(ArticleText article, MeetingTypeClassifier.Classification c,
                                        MeetingFacts meeting, String title, String opening, Optional<Place> place) {
        Optional<LocalDate> published = article.publishedOn();
        Optional<UrlDate.Stated> urlDate = published.isEmpty() ? UrlDate.of(article.url()) : Optional.empty();
        Optional<Integer> review = meeting.reviewYear();
        Optional<Integer> plan = meeting.planYear();
        if (c.isMeeting() && review.isEmpty() && meeting.date().isEmpty()) {
            Optional<LocalDate> filed = urlDate.flatMap(UrlDate.Stated::date);
            if (filed.isPresent()) {
                SessionParser.Facts f = SessionParser.parse(title, opening, c.types(), filed);
                review = f.reviewYear();
                plan = f.planYear();
            }
        }
        Optional<Integer> anchor = meeting.date().map(LocalDate::getYear);
        if (anchor.isEmpty()) {
            anchor = plan.isPresent() ? plan
                    : published.map(LocalDate::getYear).or(() -> urlDate.map(UrlDate.Stated::year));
        }
        return new MetricContext(anchor, review, plan, c.isMeeting(), title, ownNames(place), gazetteer::isKnownName);
    }

    private Set<String> ownNames(Optional<Place> place) {
        Set<String> names = new LinkedHashSet<>();
        place.ifPresent(p -> {
            names.add(p.name());
            String stem = p.name().replaceAll("(区|县|市|省|旗)$", "");
            if (stem.length() >= 2) {
                names.add(stem);
            }
        });
        return names;
    }

    /** NFKC folding (full-width digits, commas, parentheses) and line-end normalisation. */
    private static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '\u0000' || Character.getType(ch) == Character.CONTROL && ch != '\n' && ch != '\t') {
                continue;
            }
            b.append(ch);
        }
        return b.toString();
    }
}
