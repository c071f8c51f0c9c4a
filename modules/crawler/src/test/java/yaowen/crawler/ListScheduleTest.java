package yaowen.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListScheduleTest {
    static final URI PAGE = URI.create("http://example.org/news/index.html");
    static final Instant T0 = Instant.parse("2024-01-05T00:00:00Z");

    @Test
    void checksFasterWhileNewLinksAppearAndSlowerWhileNothingChanges() {
        ListSchedule s = new ListSchedule("a", Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(120), 5);
        assertThat(s.add(PAGE, T0)).isTrue();
        assertThat(s.due(T0, false)).containsExactly(PAGE);
        ListPageState first = s.checked(PAGE, T0, Optional.of("\"1\""), Optional.empty(), 7);
        assertThat(first.interval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.due(T0.plusSeconds(59), false)).isEmpty();
        assertThat(s.checked(PAGE, T0, Optional.empty(), Optional.empty(), 8).interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.checked(PAGE, T0, Optional.empty(), Optional.empty(), 9).interval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.unchanged(PAGE, T0).interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.checked(PAGE, T0, Optional.empty(), Optional.empty(), 9).interval()).isEqualTo(Duration.ofSeconds(45));
        for (int i = 0; i < 5; i++) {
            s.unchanged(PAGE, T0);
        }
        assertThat(s.state(PAGE).orElseThrow().interval()).isEqualTo(Duration.ofSeconds(120));
        assertThat(s.validators(PAGE)).isEmpty();
    }

    @Test
    void aPageATurnHadNoTimeForIsDueByThenAndKeepsItsState() {
        ListSchedule s = new ListSchedule("a", Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(120), 5);
        s.add(PAGE, T0);
        s.checked(PAGE, T0, Optional.of("\"e\""), Optional.empty(), 7); // next check a minute on
        s.dueBy(PAGE, T0.plusSeconds(10));
        assertThat(s.due(T0.plusSeconds(10), false)).containsExactly(PAGE);
        assertThat(s.state(PAGE).orElseThrow().etag()).contains("\"e\"");
        assertThat(s.state(PAGE).orElseThrow().interval()).isEqualTo(Duration.ofSeconds(60));
        s.dueBy(PAGE, T0.plusSeconds(30)); // never later than it was
        assertThat(s.nextDue()).contains(T0.plusSeconds(10));
    }

    @Test
    void keepsNoMoreListPagesThanTheCapAndSendsValidators() {
        ListSchedule s = new ListSchedule("a", Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(120), 2);
        assertThat(s.add(PAGE, T0)).isTrue();
        assertThat(s.add(URI.create("http://example.org/news/index_1.html"), T0)).isTrue();
        assertThat(s.add(URI.create("http://example.org/news/index_2.html"), T0)).isFalse();
        s.checked(PAGE, T0, Optional.of("\"e\""), Optional.of("Fri, 05 Jan 2024 00:00:00 GMT"), 1);
        assertThat(s.validators(PAGE)).containsEntry("If-None-Match", "\"e\"")
                .containsEntry("If-Modified-Since", "Fri, 05 Jan 2024 00:00:00 GMT");
    }

    @Test
    void restoreClampsTheIntervalAndAFarNextCheckToTheCurrentMaximum() {
        ListSchedule s = new ListSchedule("a", Duration.ofSeconds(60), Duration.ofSeconds(20), Duration.ofSeconds(120), 5);
        URI other = URI.create("http://example.org/news/index_1.html");
        // saved under a max interval of one hour: due 50 minutes after restart
        s.restore(new ListPageState(PAGE, "a", Optional.of("\"e\""), Optional.empty(), Duration.ofHours(1),
                T0.plus(Duration.ofMinutes(50)), 7), T0);
        // a near next check is kept as saved
        s.restore(new ListPageState(other, "a", Optional.empty(), Optional.empty(), Duration.ofSeconds(30),
                T0.plusSeconds(10), 3), T0);
        ListPageState restored = s.state(PAGE).orElseThrow();
        assertThat(restored.interval()).isEqualTo(Duration.ofSeconds(120));
        assertThat(restored.nextCheck()).isEqualTo(T0.plusSeconds(120));
        assertThat(restored.etag()).contains("\"e\"");
        assertThat(s.state(other).orElseThrow().nextCheck()).isEqualTo(T0.plusSeconds(10));
        assertThat(s.due(T0.plusSeconds(120), false)).containsExactly(PAGE, other);
        assertThat(s.due(T0.plusSeconds(119), false)).containsExactly(other);
    }

    @Test
    void hashesLinkSetsIndependentlyOfOrder() {
        URI a = URI.create("http://x/a");
        URI b = URI.create("http://x/b");
        assertThat(ListSchedule.hash(List.of(a, b))).isEqualTo(ListSchedule.hash(List.of(b, a)))
                .isNotEqualTo(ListSchedule.hash(List.of(a)));
    }

    @Test
    void readsHttpDatesAsTheRfc1123FormatterDoes() {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
        java.time.ZonedDateTime t = java.time.ZonedDateTime.of(2023, 12, 31, 23, 59, 58, 0, java.time.ZoneOffset.UTC);
        for (int i = 0; i < 400; i++) {
            t = t.plusHours(37).plusSeconds(61);
            String fixdate = f.format(t).replace("+0000", "GMT");
            if (fixdate.length() == 28) { // the formatter writes days below 10 with one digit
                fixdate = fixdate.substring(0, 5) + "0" + fixdate.substring(5);
            }
            assertThat(ListSchedule.httpDate(fixdate)).as(fixdate).contains(t.toInstant());
        }
        assertThat(ListSchedule.httpDate("Fri, 5 Jan 2024 08:00:10 GMT")).contains(java.time.Instant.parse("2024-01-05T08:00:10Z"));
        assertThat(ListSchedule.httpDate("Fri, 05 Jan 2024 16:00:10 +0800")).contains(java.time.Instant.parse("2024-01-05T08:00:10Z"));
        assertThat(ListSchedule.httpDate("Fri, 31 Feb 2024 08:00:10 GMT")).isEmpty();
        assertThat(ListSchedule.httpDate("Fri, 05 Foo 2024 08:00:10 GMT")).isEmpty();
        assertThat(ListSchedule.httpDate("yesterday")).isEmpty();
    }
}
