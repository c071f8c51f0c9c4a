package yaowen.stores;

import java.util.Objects;

/** A meeting with the time the store last wrote it (UTC epoch ms), for a feed of new and updated meetings. */
public record StoredMeeting(long storedAtMs, MeetingRow meeting) {
    public StoredMeeting {
        Objects.requireNonNull(meeting, "meeting");
    }
}
