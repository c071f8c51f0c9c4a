package yaowen.insight;

import java.util.List;
import java.util.Objects;

/**
 * Everything insight states about one article.
 *
 * @param meeting the meeting facts; present for every article ({@code isMeeting} may be false)
 * @param metrics every economic figure, meeting or not, one per distinct fact
 */
public record Insight(MeetingFacts meeting, List<Metric> metrics) {
    public Insight {
        Objects.requireNonNull(meeting, "meeting");
        metrics = List.copyOf(metrics);
    }
}
