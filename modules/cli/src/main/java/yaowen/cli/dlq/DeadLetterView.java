package yaowen.cli.dlq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import yaowen.records.Article;
import yaowen.records.DeadLetter;
import yaowen.records.Meeting;
import yaowen.records.MeetingAlert;
import yaowen.records.RawPage;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;
import yaowen.records.Topics;
import yaowen.settings.Redaction;

/** How {@code yaowen dlq} writes a dead letter: one line in a list, or every detail. Pure. */
public final class DeadLetterView {
    private static final int MESSAGE_WIDTH = 100;

    private DeadLetterView() {
    }

    /** The list's header. */
    public static String header() {
        return String.format("%-9s %-20s %-7s %-20s %-26s %s", "AT", "FAILED (UTC)", "STAGE", "KIND", "SOURCE", "REASON");
    }

    /** One line: where, when, stage, kind, source and the reason cut to a line. */
    public static String line(DeadLetterTopic.Entry e) {
        DeadLetter d = e.letter().orElseThrow();
        String message = Redaction.text(d.getMessage()).replace('\n', ' '); // letters written before reasons were masked
        if (message.length() > MESSAGE_WIDTH) {
            message = message.substring(0, MESSAGE_WIDTH - 1) + "…";
        }
        return String.format("%-9s %-20s %-7s %-20s %-26s %s", e.at(), d.getFailedAt().toString().substring(0, 19),
                d.getStage(), d.getErrorKind(), source(d), message);
    }

    /** Every field, the payload's size, and a preview of the payload when it is a record Yaowen knows. */
    public static List<String> details(DeadLetterTopic.Entry e, TopicNames topics) {
        DeadLetter d = e.letter().orElseThrow();
        List<String> out = new ArrayList<>();
        out.add("dead letter " + e.at() + " of " + topics.dlq());
        out.add("  failed at:  " + d.getFailedAt());
        out.add("  stage:      " + d.getStage());
        out.add("  kind:       " + d.getErrorKind());
        out.add("  reason:     " + Redaction.text(d.getMessage()));
        if (d.getExceptionClass() != null) {
            out.add("  exception:  " + d.getExceptionClass());
        }
        out.add("  source:     " + source(d));
        out.add("  key:        " + Optional.ofNullable(DeadLetterTopic.text(d.getKey())).orElse("(none)"));
        byte[] value = DeadLetterTopic.bytes(d.getValue());
        out.add("  payload:    " + (value == null ? "none" : value.length + " bytes"));
        preview(d.getSourceTopic() == null ? null : topics.base(d.getSourceTopic()).orElse(d.getSourceTopic()), value).forEach(line -> out.add("  preview:    " + line));
        return out;
    }

    /** {@code topic-partition@offset}, or what is known of it. */
    static String source(DeadLetter d) {
        if (d.getSourceTopic() == null) {
            return "-";
        }
        return d.getSourceTopic() + (d.getSourcePartition() == null ? "" : "-" + d.getSourcePartition())
                + (d.getSourceOffset() == null ? "" : "@" + d.getSourceOffset());
    }

    /** A few lines saying what the payload is, when its topic's record ({@link Topics} name) decodes; empty otherwise. */
    static List<String> preview(String topic, byte[] value) {
        if (topic == null || value == null) {
            return List.of();
        }
        try {
            return switch (topic) {
                case Topics.ALERTS -> {
                    MeetingAlert a = RecordSerdes.ALERT.decode(value);
                    yield List.of("MeetingAlert " + a.getChange() + " " + a.getMeetingKey(), yaowen.alerts.AlertLine.format(a));
                }
                case Topics.PAGES_RAW -> {
                    RawPage p = RecordSerdes.RAW_PAGE.decode(value);
                    yield List.of("RawPage " + p.getUrl() + " (" + p.getBody().remaining() + " bytes, fetched "
                            + p.getFetchedAt() + ")");
                }
                case Topics.ARTICLES -> {
                    Article a = RecordSerdes.ARTICLE.decode(value);
                    yield List.of("Article " + a.getUrl() + " · " + a.getTitle());
                }
                case Topics.MEETINGS -> {
                    Meeting m = RecordSerdes.MEETING.decode(value);
                    yield List.of("Meeting " + m.getKey() + " · " + m.getTypes());
                }
                default -> List.of();
            };
        } catch (RuntimeException e) {
            return List.of("not a readable record of " + topic + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
