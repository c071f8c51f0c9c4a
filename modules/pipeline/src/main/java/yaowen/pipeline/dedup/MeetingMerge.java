package yaowen.pipeline.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import yaowen.records.Meeting;
import yaowen.records.MeetingAlert;
import yaowen.records.MeetingSource;
import yaowen.records.MetricSummary;

/**
 * The rules that make one meeting record of several reports: whether a report is of a meeting already
 * seen under its key, the merged record, and what a later report adds. Pure functions over the records.
 */
public final class MeetingMerge {
    /**
     * Reports whose texts' SimHashes are at most this many bits apart (of 64) are copies of one report (a
     * repost with its own title, a 转自 line and another footer). The cleaning SimHash puts texts differing in
     * a few sentences a few bits apart and unrelated texts about 32 apart (σ = 4 for 64 fair bits); 10 leaves
     * room for a repost that trims a paragraph and stays more than five σ below unrelated texts.
     */
    public static final int REPOST_MAX_BITS = 10;
    /** Sources kept per meeting, so one much-reposted meeting cannot grow its state without end. */
    public static final int MAX_SOURCES = 64;
    /** Figures kept per meeting: more than the indicators ANALYSIS.md defines, times kinds and years stated. */
    public static final int MAX_FIGURES = 64;
    /** Figures shown in an alert's headline. */
    public static final int HEADLINE_SIZE = 6;

    private MeetingMerge() {
    }

    /**
     * Whether {@code report}, whose meeting key equals {@code known}'s, reports that same meeting. A near
     * copy of one of its sources always does; otherwise it does unless both state a session number
     * (第九次全体会议) that differs, or both state names of which neither contains the other — two meetings
     * of one region and type on one day.
     */
    public static boolean sameMeeting(Meeting known, Meeting report) {
        Optional<Long> hash = sources(report).stream().map(MeetingMerge::simhash).flatMap(Optional::stream).findFirst();
        if (hash.isPresent()) {
            for (MeetingSource s : sources(known)) {
                if (simhash(s).filter(h -> Long.bitCount(h ^ hash.get()) <= REPOST_MAX_BITS).isPresent()) {
                    return true;
                }
            }
        }
        if (differ(known.getCongress(), report.getCongress()) || differ(known.getPlenary(), report.getPlenary())) {
            return false;
        }
        String a = known.getName();
        String b = report.getName();
        return a == null || b == null || a.contains(b) || b.contains(a);
    }

    private static boolean differ(Object a, Object b) {
        return a != null && b != null && !a.equals(b);
    }

    /**
     * {@code known} with {@code report}'s sources and figures added (first report first, each URL and each
     * figure once, capped at {@link #MAX_SOURCES} and {@link #MAX_FIGURES}) and the facts it left unstated
     * filled in from {@code report}. The first report's article, URL, title and key stay.
     */
    public static Meeting merge(Meeting known, Meeting report) {
        Map<String, MeetingSource> byUrl = new LinkedHashMap<>();
        for (MeetingSource s : sources(known)) {
            byUrl.putIfAbsent(s.getUrl(), s);
        }
        for (MeetingSource s : sources(report)) {
            if (byUrl.size() < MAX_SOURCES) {
                byUrl.putIfAbsent(s.getUrl(), s);
            }
        }
        Map<String, MetricSummary> figures = new LinkedHashMap<>();
        known.getFigures().forEach(f -> figures.putIfAbsent(figureId(f), f));
        for (MetricSummary f : report.getFigures()) {
            if (figures.size() < MAX_FIGURES) {
                figures.putIfAbsent(figureId(f), f);
            }
        }
        return Meeting.newBuilder(known)
                .setSources(new ArrayList<>(byUrl.values()))
                .setFigures(new ArrayList<>(figures.values()))
                .setDecidingCue(or(known.getDecidingCue(), report.getDecidingCue()))
                .setName(or(known.getName(), report.getName()))
                .setDate(or(known.getDate(), report.getDate()))
                .setRegion(or(known.getRegion(), report.getRegion()))
                .setFormat(or(known.getFormat(), report.getFormat()))
                .setCongress(or(known.getCongress(), report.getCongress()))
                .setPlenary(or(known.getPlenary(), report.getPlenary()))
                .setEnlarged(or(known.getEnlarged(), report.getEnlarged()))
                .setReviewYear(or(known.getReviewYear(), report.getReviewYear()))
                .setPlanYear(or(known.getPlanYear(), report.getPlanYear()))
                .setPeople(known.getPeople().isEmpty() ? report.getPeople() : known.getPeople())
                .build();
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }

    /** The figures of {@code merged} that {@code known} did not have, in merged order. */
    public static List<MetricSummary> added(Meeting known, Meeting merged) {
        var had = known.getFigures().stream().map(MeetingMerge::figureId).toList();
        return merged.getFigures().stream().filter(f -> !had.contains(figureId(f))).toList();
    }

    /** What makes two figures the same figure: indicator, kind, measure and year. */
    public static String figureId(MetricSummary f) {
        return f.getIndicator() + "|" + f.getKind() + "|" + f.getMeasure() + "|" + f.getYear();
    }

    /** The reports of {@code m}: its sources, else (a record written before sources were kept) its one article. */
    public static List<MeetingSource> sources(Meeting m) {
        if (!m.getSources().isEmpty()) {
            return m.getSources();
        }
        return List.of(MeetingSource.newBuilder().setArticleId(m.getArticleId()).setUrl(m.getUrl())
                .setTitle(m.getTitle()).setPublishedAt(m.getPublishedAt()).build());
    }

    private static Optional<Long> simhash(MeetingSource s) {
        String hex = s.getSimhash();
        if (hex == null || hex.isEmpty() || hex.length() > 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseUnsignedLong(hex, 16));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The alert for {@code meeting}: {@code NEW} with no additions, or {@code UPDATED} listing {@code added}.
     * The headline is the meeting's first {@link #HEADLINE_SIZE} figures; the links are all its reports.
     */
    public static MeetingAlert alert(Meeting meeting, List<MetricSummary> added, Instant detectedAt) {
        Objects.requireNonNull(detectedAt, "detectedAt");
        return MeetingAlert.newBuilder()
                .setMeetingKey(meeting.getKey())
                .setChange(added.isEmpty() ? "NEW" : "UPDATED")
                .setTypes(meeting.getTypes())
                .setName(meeting.getName() != null ? meeting.getName() : meeting.getTitle())
                .setDate(meeting.getDate())
                .setRegion(meeting.getRegion())
                .setHeadline(meeting.getFigures().stream().limit(HEADLINE_SIZE).toList())
                .setUrls(sources(meeting).stream().map(MeetingSource::getUrl).toList())
                .setAdded(List.copyOf(added))
                .setDetectedAt(detectedAt)
                .build();
    }

    /** Orders figures as the headline shows them: {@code order}'s indicators first, in that order. */
    public static Comparator<MetricSummary> headlineOrder(List<String> order) {
        return Comparator.comparingInt(f -> {
            int i = order.indexOf(f.getIndicator());
            return i < 0 ? order.size() : i;
        });
    }
}
