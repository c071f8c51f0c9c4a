package yaowen.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an article reports a meeting and, if so, which, where, when and who.
 * When {@code isMeeting} is false, {@code types} and {@code people} are empty and date, name, session
 * and years are empty, while {@code region} still names the region the article is about.
 *
 * @param decidingCue the text cue that decided the type (explanation), when a meeting
 */
public record MeetingFacts(
        boolean isMeeting,
        List<MeetingType> types,
        Optional<String> decidingCue,
        Optional<String> name,
        Optional<LocalDate> date,
        Optional<Region> region,
        Optional<MeetingFormat> format,
        Optional<Session> session,
        Optional<Integer> reviewYear,
        Optional<Integer> planYear,
        List<Person> people) {

    public MeetingFacts {
        types = List.copyOf(types);
        Objects.requireNonNull(decidingCue, "decidingCue");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(reviewYear, "reviewYear");
        Objects.requireNonNull(planYear, "planYear");
        people = List.copyOf(people);
    }

    /** Facts of an article that reports no meeting, about {@code region} if known. */
    public static MeetingFacts notAMeeting(Optional<Region> region) {
        return new MeetingFacts(false, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), region,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** Meeting types of ANALYSIS.md. */
    public enum MeetingType {
        THREE_LEVEL_CADRE, PLENARY_SESSION, ECONOMIC_WORK_CONFERENCE, WORK_CONFERENCE, PARTY_CONGRESS,
        PEOPLES_CONGRESS, CPPCC_SESSION, STANDING_COMMITTEE, EXECUTIVE_MEETING, THEORY_STUDY, DEMOCRATIC_LIFE,
        MOBILIZATION, PROMOTION, INSPECTION_TOUR, COMMENDATION, OTHER_MEETING
    }

    public enum MeetingFormat { VIDEO, IN_PERSON }

    /** Session numbering: 第十届…第九次全体(扩大)会议 → congress 10, plenary 9, enlarged. */
    public record Session(Optional<Integer> congress, Optional<Integer> plenary, boolean enlarged) {
        public Session {
            Objects.requireNonNull(congress, "congress");
            Objects.requireNonNull(plenary, "plenary");
        }
    }

    /**
     * A person named in the report with their main (normalised) role, every stated role and their part. The role is
     * empty for someone who presides or speaks without a stated office; JSON views print it as null.
     */
    public record Person(String name, String role, List<String> roles, Optional<Part> part) {
        public Person {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            roles = List.copyOf(roles);
            Objects.requireNonNull(part, "part");
        }
    }

    public enum Part { SPOKE, PRESIDED, ATTENDED }
}
