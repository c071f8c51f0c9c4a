package yaowen.pipeline.insight;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import yaowen.insight.ArticleText;
import yaowen.insight.Insight;
import yaowen.insight.MeetingFacts;
import yaowen.insight.Metric;
import yaowen.pipeline.dedup.MeetingMerge;
import yaowen.pipeline.dedup.MetricMerge;
import yaowen.records.Article;
import yaowen.records.Meeting;
import yaowen.records.MeetingSource;
import yaowen.records.MetricObservation;
import yaowen.records.MetricSummary;
import yaowen.records.Person;
import yaowen.records.Region;

/** Maps an article and the insight core's findings to the Avro records of the output topics. */
public final class ArticleMapping {
    /** Indicators shown first in an alert's headline, most telling first. */
    static final List<String> HEADLINE_ORDER = List.of("GDP", "INDUSTRIAL_VALUE_ADDED", "FIXED_ASSET_INVESTMENT",
            "RETAIL_SALES", "PUBLIC_BUDGET_REVENUE", "DISPOSABLE_INCOME_PER_CAPITA");

    private ArticleMapping() {
    }

    /** The article as the insight core reads it. */
    public static ArticleText toArticleText(Article article) {
        return new ArticleText(Optional.ofNullable(article.getTitle()), article.getText(),
                publishedOn(article.getPublishedAt()), Optional.ofNullable(article.getSiteRegionCode()),
                Optional.ofNullable(article.getUrl()), Optional.ofNullable(article.getSource()));
    }

    /** The date part of an ISO date or date-time, if it parses. */
    static Optional<LocalDate> publishedOn(String publishedAt) {
        if (publishedAt == null || publishedAt.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(publishedAt.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The key one real meeting has however many sites report it: region code (else name), date (else the
     * article's publication date), and the sorted types.
     */
    public static String meetingKey(MeetingFacts meeting, Article article) {
        String region = meeting.region().map(r -> r.code().orElse(r.name())).orElse("unknown-region");
        String date = meeting.date().map(LocalDate::toString)
                .or(() -> publishedOn(article.getPublishedAt()).map(LocalDate::toString))
                .orElse("undated-" + article.getId());
        String types = meeting.types().stream().map(Enum::name).sorted().collect(Collectors.joining("+"));
        return region + "|" + date + "|" + types;
    }

    /** Everything the insight step emits for one article: the meeting report (if any) and the figures. */
    public record Findings(Article article, Optional<Meeting> meeting, List<MetricObservation> metrics) {
        public Findings {
            metrics = List.copyOf(metrics);
        }
    }

    /** Maps {@code insight} of {@code article}. */
    public static Findings findings(Article article, Insight insight) {
        MeetingFacts facts = insight.meeting();
        Optional<String> meetingKey = facts.isMeeting() ? Optional.of(meetingKey(facts, article)) : Optional.empty();
        Region region = facts.region().map(ArticleMapping::region).orElse(null);
        List<MetricObservation> metrics = new ArrayList<>();
        for (Metric metric : insight.metrics()) {
            metrics.add(metric(article, metric, meetingKey, region));
        }
        Optional<Meeting> meeting = meetingKey.map(key -> meeting(key, article, facts, region, metrics));
        return new Findings(article, meeting, metrics);
    }

    /** The meeting as {@code article} reports it: one source, and the figures it states for the meeting's region. */
    static Meeting meeting(String key, Article article, MeetingFacts facts, Region region, List<MetricObservation> metrics) {
        return Meeting.newBuilder()
                .setKey(key)
                .setArticleId(article.getId())
                .setUrl(article.getUrl())
                .setTitle(article.getTitle())
                .setTypes(facts.types().stream().map(Enum::name).toList())
                .setDecidingCue(facts.decidingCue().orElse(null))
                .setName(facts.name().orElse(null))
                .setDate(facts.date().orElse(null))
                .setRegion(region)
                .setFormat(facts.format().map(Enum::name).orElse(null))
                .setCongress(facts.session().flatMap(MeetingFacts.Session::congress).orElse(null))
                .setPlenary(facts.session().flatMap(MeetingFacts.Session::plenary).orElse(null))
                .setEnlarged(facts.session().map(MeetingFacts.Session::enlarged).orElse(null))
                .setReviewYear(facts.reviewYear().orElse(null))
                .setPlanYear(facts.planYear().orElse(null))
                .setPeople(facts.people().stream().map(ArticleMapping::person).toList())
                .setPublishedAt(article.getPublishedAt())
                .setSources(List.of(MeetingSource.newBuilder().setArticleId(article.getId()).setUrl(article.getUrl())
                        .setSiteId(article.getSiteId()).setTitle(article.getTitle())
                        .setPublishedAt(article.getPublishedAt()).setSimhash(article.getSimhash()).build()))
                .setFigures(figures(metrics))
                .build();
    }

    /** The figures of the meeting's own region (no sub-area scope), headline order, each figure once. */
    static List<MetricSummary> figures(List<MetricObservation> metrics) {
        Map<String, MetricSummary> out = new LinkedHashMap<>();
        metrics.stream()
                .filter(m -> m.getScope() == null)
                .map(m -> MetricSummary.newBuilder().setIndicator(m.getIndicator()).setKind(m.getKind())
                        .setMeasure(m.getMeasure()).setYear(m.getYear()).setValue(m.getValue()).setUnit(m.getUnit())
                        .setRaw(m.getRaw()).build())
                .sorted(MeetingMerge.headlineOrder(HEADLINE_ORDER))
                .forEach(f -> out.putIfAbsent(MeetingMerge.figureId(f), f));
        return List.copyOf(out.values());
    }

    static MetricObservation metric(Article article, Metric m, Optional<String> meetingKey, Region region) {
        String where = region == null ? article.getId() : region.getCode() != null ? region.getCode() : region.getName();
        String key = String.join("|", where, m.indicator(), m.kind().name(),
                m.year().map(String::valueOf).orElse("-"), m.period().orElse("-"), m.measure().name(), m.scope().orElse("-"));
        MetricObservation observation = MetricObservation.newBuilder()
                .setKey(key)
                .setArticleId(article.getId())
                .setUrl(article.getUrl())
                .setMeetingKey(meetingKey.orElse(null))
                .setRegion(region)
                .setIndicator(m.indicator())
                .setLabel(m.label())
                .setKind(m.kind().name())
                .setYear(m.year().orElse(null))
                .setPeriod(m.period().orElse(null))
                .setMeasure(m.measure().name())
                .setValue(m.value())
                .setUnit(m.unit())
                .setQualifier(m.qualifier().map(Enum::name).orElse(null))
                .setRangeMin(m.range().map(Metric.Range::min).orElse(null))
                .setRangeMax(m.range().map(Metric.Range::max).orElse(null))
                .setScope(m.scope().orElse(null))
                .setPreliminary(m.preliminary())
                .setRankScope(m.rank().map(Metric.Rank::scope).orElse(null))
                .setRank(m.rank().map(Metric.Rank::rank).orElse(null))
                .setVersusScope(m.versus().map(Metric.Versus::scope).orElse(null))
                .setVersusDeltaPp(m.versus().map(Metric.Versus::deltaPp).orElse(null))
                .setRaw(m.raw())
                .setEvidence(m.evidence())
                .build();
        String standing = MetricMerge.standing(article.getSource(), article.getTitle(), meetingKey.isPresent());
        observation.setReports(List.of(MetricMerge.evidenceOf(observation, standing)));
        return observation;
    }

    static Region region(yaowen.insight.Region r) {
        return Region.newBuilder().setCode(r.code().orElse(null)).setName(r.name()).setPath(r.path()).build();
    }

    static Person person(MeetingFacts.Person p) {
        return Person.newBuilder().setName(p.name()).setRole(p.role()).setRoles(p.roles())
                .setPart(p.part().map(Enum::name).orElse(null)).build();
    }
}
