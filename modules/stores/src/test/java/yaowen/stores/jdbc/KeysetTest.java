package yaowen.stores.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import yaowen.stores.BadQuery;
import yaowen.stores.jdbc.Keyset.Column;
import yaowen.stores.jdbc.Keyset.Type;

class KeysetTest {
    private static final Column DATE = new Column("d", Type.DATE);
    private static final Column TEXT = new Column("t", Type.TEXT);
    private static final Column VALUE = new Column("v", Type.DOUBLE);
    private static final Column KEY = new Column("k", Type.TEXT);
    private static final Column ORDINAL = new Column("o", Type.INT);
    private static final Keyset KEYSET = new Keyset(List.of("date", "value"),
            Map.of("date", List.of(DATE, TEXT), "value", List.of(VALUE)), List.of(KEY, ORDINAL), "-date");

    @Test
    void aSortIsItsColumnsThenTheKeyAllInOneDirectionNullsLast() {
        Keyset.Order order = KEYSET.order(null, "q");
        assertThat(order.columns()).containsExactly(DATE, TEXT, KEY, ORDINAL);
        assertThat(order.orderBy()).isEqualTo("d DESC NULLS LAST, t DESC NULLS LAST, k DESC NULLS LAST, o DESC NULLS LAST");
        assertThat(KEYSET.order("value", "q").orderBy())
                .isEqualTo("v ASC NULLS LAST, k ASC NULLS LAST, o ASC NULLS LAST");
    }

    @Test
    void anUnknownSortNamesTheAllowedOnes() {
        for (String bad : List.of("name", "--date", "-", "DATE")) {
            assertThatThrownBy(() -> KEYSET.order(bad, "q")).isInstanceOfSatisfying(BadQuery.class,
                    e -> assertThat(e.parameter()).isEqualTo("sort"))
                    .hasMessageContaining("(allowed: date, -date, value, -value)");
        }
    }

    @Test
    void sortNamesAndColumnsMustAgree() {
        assertThatThrownBy(() -> new Keyset(List.of("date", "year"), Map.of("date", List.of(DATE)), List.of(KEY), "date"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Keyset(List.of("date"), Map.of("date", List.of(DATE)), List.of(KEY), "year"))
                .isInstanceOf(BadQuery.class);
    }

    @Test
    void rowsAfterACursorArePastItColumnByColumnANullBeingPastEveryValue() {
        Keyset.Order order = KEYSET.order("-date", "q");
        Where where = new Where();
        order.after(order.encode(Arrays.asList(LocalDate.of(2025, 1, 27), null, "m1", 2)), where);
        assertThat(where.sql()).isEqualTo(" WHERE ((d IS NULL OR d < ?) OR (d = ? AND (t IS NULL AND"
                + " ((k IS NULL OR k < ?) OR (k = ? AND (o IS NULL OR o < ?))))))");
        assertThat(where.params()).containsExactly(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 27), "m1", "m1", 2);

        Keyset.Order ascending = KEYSET.order("date", "q");
        Where afterNulls = new Where();
        ascending.after(ascending.encode(Arrays.asList(null, null, "m6", 0)), afterNulls);
        assertThat(afterNulls.sql()).isEqualTo(" WHERE (d IS NULL AND (t IS NULL AND ((k IS NULL OR k > ?) OR (k = ? AND"
                + " (o IS NULL OR o > ?)))))");
    }

    @Test
    void noCursorIsNoCondition() {
        Where where = new Where();
        KEYSET.order(null, "q").after(null, where);
        assertThat(where.sql()).isEmpty();
    }

    @Test
    void aCursorCarriesAnyTextAndExactNumbers() {
        Keyset.Order order = KEYSET.order("value", "q");
        List<Object> values = Arrays.asList(0.1 + 0.2, "410202|2025-01-27|会议\n~%&=", 7);
        assertThat(order.decode(order.encode(values))).isEqualTo(values);
        assertThat(order.encode(values)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorOfAnotherQueryOrSortIsRefused() {
        Keyset.Order order = KEYSET.order("-date", "query A");
        String cursor = order.encode(Arrays.asList(LocalDate.of(2025, 1, 27), "t", "m1", 0));
        for (Keyset.Order other : List.of(KEYSET.order("-date", "query B"), KEYSET.order("date", "query A"))) {
            assertThatThrownBy(() -> other.decode(cursor)).isInstanceOfSatisfying(BadQuery.class,
                    e -> assertThat(e.parameter()).isEqualTo("cursor")).hasMessageContaining("another query or sort");
        }
        assertThat(KEYSET.order(null, "query A").decode(cursor)).as("the default is -date")
                .containsExactly(LocalDate.of(2025, 1, 27), "t", "m1", 0);
    }

    @Test
    void aMalformedCursorIsRefused() {
        Keyset.Order order = KEYSET.order("-date", "q");
        String fingerprint = Keyset.fingerprint("q\n-date");
        for (String text : List.of(fingerprint + "\n2025-01-27\nt\nm1", fingerprint + "\n2025-13-01\nt\nm1\n0",
                fingerprint + "\n2025-01-27\nt\nm1\nzero", "", "x")) {
            String cursor = Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> order.decode(cursor)).as(text).isInstanceOfSatisfying(BadQuery.class,
                    e -> assertThat(e.parameter()).isEqualTo("cursor")).hasMessageContaining("not a cursor");
        }
        assertThatThrownBy(() -> order.decode("***")).isInstanceOf(BadQuery.class);
    }
}
