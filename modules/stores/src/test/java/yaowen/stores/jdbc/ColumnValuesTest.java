package yaowen.stores.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ColumnValuesTest {

    @Test
    void statementsListTheColumnsInTheOrderTheyWereNamed() {
        ColumnValues row = new ColumnValues().string("k", "1").integer("n", 2).bool("b", null);

        assertThat(row.insertSql("t")).isEqualTo("INSERT INTO t (k, n, b) VALUES (?, ?, ?)");
        assertThat(row.upsertSql("t", "k"))
                .isEqualTo("INSERT INTO t (k, n, b) VALUES (?, ?, ?) ON CONFLICT (k) DO UPDATE SET n = EXCLUDED.n, b = EXCLUDED.b");
    }

    @Test
    void eachValueLandsInItsNamedColumnWhateverTheTableOrder() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (k VARCHAR PRIMARY KEY, a VARCHAR, b VARCHAR, n INTEGER, d DATE, x DOUBLE, f BOOLEAN, m BIGINT)");
            ColumnValues row = new ColumnValues().longValue("m", 7L).string("b", "bee").doubleValue("x", 1.5)
                    .string("k", "key").date("d", LocalDate.of(2021, 1, 27)).string("a", "ay").integer("n", null)
                    .bool("f", true);
            try (PreparedStatement ps = c.prepareStatement(row.upsertSql("t", "k"))) {
                row.bind(ps);
                ps.executeUpdate();
            }
            try (ResultSet rs = st.executeQuery("SELECT k, a, b, n, d, x, f, m FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("k")).isEqualTo("key");
                assertThat(rs.getString("a")).isEqualTo("ay");
                assertThat(rs.getString("b")).isEqualTo("bee");
                assertThat(rs.getObject("n")).isNull();
                assertThat(rs.getDate("d").toLocalDate()).isEqualTo(LocalDate.of(2021, 1, 27));
                assertThat(rs.getDouble("x")).isEqualTo(1.5);
                assertThat(rs.getBoolean("f")).isTrue();
                assertThat(rs.getLong("m")).isEqualTo(7L);
            }
        }
    }

    @Test
    void aColumnNamedTwiceOrABadNameIsRefused() {
        assertThatThrownBy(() -> new ColumnValues().string("title", "a").string("title", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("column title given twice");
        assertThatThrownBy(() -> new ColumnValues().string("x; DROP TABLE t", "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a column name");
        assertThatThrownBy(() -> new ColumnValues().string("a", "1").insertSql("t (a) --"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a table name");
    }

    @Test
    void anUpsertNeedsItsKeyAndAnotherColumn() {
        assertThatThrownBy(() -> new ColumnValues().string("a", "1").upsertSql("t", "k"))
                .isInstanceOf(IllegalStateException.class).hasMessage("key column k of t has no value");
        assertThatThrownBy(() -> new ColumnValues().string("k", "1").upsertSql("t", "k"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a column besides its key");
        assertThatThrownBy(() -> new ColumnValues().insertSql("t"))
                .isInstanceOf(IllegalStateException.class).hasMessage("no column given for t");
    }
}
