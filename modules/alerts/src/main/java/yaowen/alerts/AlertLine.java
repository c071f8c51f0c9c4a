package yaowen.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;
import yaowen.records.Region;
import yaowen.records.Vocabulary;

/**
 * The readable one-line form of an alert, e.g.
 * {@code [NEW MEETING] 2021-01-27 河南省开封市龙亭区 · 全会 + 经济工作会议 · 中国共产党…会议 · 生产总值 增长 5.7% (2020) · http://…}.
 * Meeting types and indicators are written with their Chinese labels ({@link Vocabulary}). Parts the
 * alert lacks are left out. Pure and stateless.
 */
public final class AlertLine {
    private static final String SEPARATOR = " · ";

    private AlertLine() {
    }

    /** The alert as one line, without a line break. */
    public static String format(MeetingAlert alert) {
        Objects.requireNonNull(alert, "alert");
        StringBuilder line = new StringBuilder("[").append(alert.getChange().toUpperCase(Locale.ROOT)).append(" MEETING]");
        List<String> parts = new ArrayList<>();
        String when = alert.getDate() == null ? "" : alert.getDate().toString();
        String where = region(alert.getRegion());
        String head = (when + " " + where).strip();
        if (!head.isEmpty()) {
            parts.add(head);
        }
        if (!alert.getTypes().isEmpty()) {
            parts.add(alert.getTypes().stream().map(AlertLine::typeLabel).collect(Collectors.joining(" + ")));
        }
        if (alert.getName() != null && !alert.getName().isBlank()) {
            parts.add(alert.getName().strip());
        }
        if (!alert.getHeadline().isEmpty()) {
            parts.add(alert.getHeadline().stream().map(AlertLine::figure).collect(Collectors.joining("; ")));
        }
        List<String> urls = alert.getUrls();
        if (!urls.isEmpty()) {
            parts.add(urls.get(0) + (urls.size() > 1 ? " (+" + (urls.size() - 1) + ")" : ""));
        }
        if (parts.isEmpty()) {
            parts.add(alert.getMeetingKey());
        }
        line.append(' ').append(String.join(SEPARATOR, parts));
        return line.toString().replace('\n', ' ').replace('\r', ' ');
    }

    /** Chinese label of a meeting type code, or the code itself when unknown: see {@link Vocabulary#meetingType}. */
    public static String typeLabel(String type) {
        return Vocabulary.meetingType(type);
    }

    /**
     * One headline figure with the indicator's Chinese label, e.g. {@code 生产总值 增长 5.7% (2020)} or
     * {@code 生产总值 目标 66.59 亿元 (2021)}.
     */
    public static String figure(MetricSummary m) {
        StringBuilder s = new StringBuilder(Vocabulary.indicator(m.getIndicator())).append(' ');
        if ("TARGET".equals(m.getKind())) {
            s.append(Vocabulary.kind("TARGET")).append(' ');
        }
        if ("GROWTH".equals(m.getMeasure())) {
            s.append(Vocabulary.change(m.getValue()));
        } else {
            s.append(Vocabulary.amount(m.getValue(), m.getUnit()));
        }
        if (m.getYear() != null) {
            s.append(" (").append(m.getYear()).append(')');
        }
        return s.toString();
    }

    private static String region(Region r) {
        if (r == null) {
            return "";
        }
        return r.getPath().isEmpty() ? r.getName() : String.join("", r.getPath());
    }
}
