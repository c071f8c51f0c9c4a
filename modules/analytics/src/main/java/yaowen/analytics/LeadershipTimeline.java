package yaowen.analytics;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Who held a region's offices, from when to when, as its meeting reports show them. Stateless. */
public final class LeadershipTimeline {
    private LeadershipTimeline() {
    }

    /**
     * The office {@code role} names in a region called {@code regionName}, if it is one the timeline follows and of
     * that region's own level (a 市委书记 visiting a 区's meeting is not the 区's secretary; a 副区长 is no head).
     */
    public static Optional<Office> office(String role, String regionName) {
        throw new UnsupportedOperationException("ISSUE-12-STUB: written on branch i12-analytics");
    }

    /**
     * The terms shown by {@code appearances} (all of one region), per office in {@link Office} order, each office's
     * terms by date; a person seen again after someone else is a new term.
     */
    public static List<Term> of(Collection<Appearance> appearances) {
        throw new UnsupportedOperationException("ISSUE-12-STUB: written on branch i12-analytics");
    }
}
