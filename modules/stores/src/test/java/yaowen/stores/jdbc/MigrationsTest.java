package yaowen.stores.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void listsMigrationsOfEachDialectInVersionOrder() {
        assertThat(Migrations.list("yaowen/stores/duckdb"))
                .containsExactly(new Migrations.Migration(1, "init", "yaowen/stores/duckdb/V1__init.sql"));
        assertThat(Migrations.list("yaowen/stores/postgres")).hasSize(1);
    }

    @Test
    void splitsScriptsAtSemicolonsEndingALineAndDropsComments() {
        String script = "-- comment\nCREATE TABLE a (\n  x INTEGER\n);\n\nCREATE INDEX i ON a (x);\n";
        assertThat(Migrations.statements(script))
                .containsExactly("CREATE TABLE a (\n  x INTEGER\n)", "CREATE INDEX i ON a (x)");
    }
}
