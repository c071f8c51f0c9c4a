package yaowen.farm;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How to start a {@link SiteFarm}.
 *
 * @param port         port of the farm's index server on 127.0.0.1; 0 picks free ports for the
 *                     index and every portal, otherwise portal {@code i} listens on {@code port + 1 + i}
 * @param heldBack     how many of the newest (non-seed) articles are held back for
 *                     {@link SiteFarm#publishNext()}; 0 publishes everything at start (tests)
 * @param poisonLinked whether a list page links {@link SiteFarm#poisonUrl()}, an "article" that
 *                     serves PDF bytes labelled {@code text/html}
 * @param seed         seed of the generated article ids (same seed, same URLs)
 * @param liveDates    whether {@link SiteFarm#publishNext()} dates an article "now" (page date, URL date and
 *                     the day in its lead) under a fresh URL, so every demo run publishes reports the
 *                     pipeline has not seen, and once the held-back articles are out publishes today's routine
 *                     meetings, a day's worth each day, never dated after today (see {@link SiteFarm#publishNext()});
 *                     false keeps every URL and date fixed (tests)
 * @param history      whether the districts' history articles are published from the start: five years
 *                     (2021–2025) of work conferences stating the year's targets and statistics releases stating
 *                     its results, so a dashboard has years to show; false leaves the farm at its few dozen
 *                     articles (tests that count or crawl everything)
 * @param clock        what "now" and "today" (in Shanghai) are for live dates: the system clock, or a fixed or
 *                     hand-moved one in tests
 */
public record FarmOptions(int port, int heldBack, boolean poisonLinked, long seed, boolean liveDates, boolean history,
                          Clock clock) {

    /** Options on the system clock, without the history articles. */
    public FarmOptions(int port, int heldBack, boolean poisonLinked, long seed, boolean liveDates) {
        this(port, heldBack, poisonLinked, seed, liveDates, false, Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    public FarmOptions {
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535 - 16) {
            throw new IllegalArgumentException("port must be 0 or a free port below 65519, was " + port);
        }
        if (heldBack < 0) {
            throw new IllegalArgumentException("heldBack must be >= 0, was " + heldBack);
        }
    }

    /**
     * Demo settings: any free port, everything published at its own date from the start, then each day that day's
     * routine meetings, dated when published, poisoned page linked, history published. Nothing is held back: an article
     * of 2025 re-dated today would turn its "全年" goals and "今年以来" results into this year's figures.
     */
    public static FarmOptions demo() {
        return new FarmOptions(0, 0, true, 20240101L, true).withHistory(true);
    }

    /** Test settings: any free port, everything published, no poisoned page linked, fixed dates, no history. */
    public static FarmOptions forTests() {
        return new FarmOptions(0, 0, false, 20240101L, false);
    }

    public FarmOptions withPort(int newPort) {
        return new FarmOptions(newPort, heldBack, poisonLinked, seed, liveDates, history, clock);
    }

    public FarmOptions withHeldBack(int count) {
        return new FarmOptions(port, count, poisonLinked, seed, liveDates, history, clock);
    }

    public FarmOptions withPoisonLinked(boolean linked) {
        return new FarmOptions(port, heldBack, linked, seed, liveDates, history, clock);
    }

    public FarmOptions withSeed(long newSeed) {
        return new FarmOptions(port, heldBack, poisonLinked, newSeed, liveDates, history, clock);
    }

    public FarmOptions withLiveDates(boolean live) {
        return new FarmOptions(port, heldBack, poisonLinked, seed, live, history, clock);
    }

    public FarmOptions withHistory(boolean withHistory) {
        return new FarmOptions(port, heldBack, poisonLinked, seed, liveDates, withHistory, clock);
    }

    /** Live dates read {@code newClock} (e.g. a fixed clock in a test) instead of the system clock. */
    public FarmOptions withClock(Clock newClock) {
        return new FarmOptions(port, heldBack, poisonLinked, seed, liveDates, history, newClock);
    }
}
