package yaowen.stores.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void noFilterIsNoClause() {
        Where where = new Where().prefix("region_code", null).prefix("region_code", "").in("kind", List.of())
                .listsAny("types", List.of()).equal("year", null).nullOr("period", null, "YEAR")
                .atLeast("d", null).atMost("d", null).contains(null, "name").contains(" \u3000 ", "name");
        assertThat(where.sql()).isEmpty();
        assertThat(where.params()).isEmpty();
    }

    @Test
    void filtersAreAndedWithTheirValuesBoundInOrder() {
        Where where = new Where().prefix("region_code", "4102").equal("year", 2024).in("indicator", List.of("GDP", "CPI"))
                .atLeast("meeting_date", LocalDate.of(2025, 1, 1)).atMost("meeting_date", LocalDate.of(2025, 12, 31));
        assertThat(where.sql()).isEqualTo(" WHERE region_code LIKE ? ESCAPE '\\' AND year = ? AND indicator IN (?, ?)"
                + " AND meeting_date >= ? AND meeting_date <= ?");
        assertThat(where.params()).containsExactly("4102%", 2024, "GDP", "CPI", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31));
    }

    @Test
    void patternCharactersAreMatchedLiterally() {
        assertThat(Where.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
        assertThat(new Where().prefix("c", "4_%").params()).containsExactly("4\\_\\%%");
        assertThat(new Where().contains("增长5%", "label").params()).containsExactly("%增长5\\%%");
    }

    @Test
    void everyWordMustAppearInOneOfTheColumns() {
        Where where = new Where().contains(" 经济\u3000工作 ", "name", "title");
        assertThat(where.sql()).isEqualTo(" WHERE (name ILIKE ? ESCAPE '\\' OR title ILIKE ? ESCAPE '\\')"
                + " AND (name ILIKE ? ESCAPE '\\' OR title ILIKE ? ESCAPE '\\')");
        assertThat(where.params()).containsExactly("%经济%", "%经济%", "%工作%", "%工作%");
    }

    @Test
    void aListColumnMatchesWholeCodesOnly() {
        Where where = new Where().listsAny("types", List.of("WORK_CONFERENCE", "PLENARY_SESSION"));
        assertThat(where.sql()).isEqualTo(" WHERE ((',' || types || ',') LIKE ? ESCAPE '\\'"
                + " OR (',' || types || ',') LIKE ? ESCAPE '\\')");
        assertThat(where.params()).containsExactly("%,WORK\\_CONFERENCE,%", "%,PLENARY\\_SESSION,%");
    }

    @Test
    void aTokenAsksForNullElseForTheValue() {
        assertThat(new Where().nullOr("period", "YEAR", "YEAR").sql()).isEqualTo(" WHERE period IS NULL");
        Where h1 = new Where().nullOr("period", "H1", "YEAR");
        assertThat(h1.sql()).isEqualTo(" WHERE period = ?");
        assertThat(h1.params()).containsExactly("H1");
    }

    @Test
    void placeholdersAndValuesMustAgree() {
        assertThatThrownBy(() -> new Where().add("a = ? AND b = ?", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Where().add("a = ?", (Object) null)).isInstanceOf(NullPointerException.class);
    }
}
