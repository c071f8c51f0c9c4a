package yaowen.stores.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The scratch PostgreSQL database of the integration tests, named by {@code YAOWEN_TEST_PG_URL}. */
final class ScratchPostgres {
    private static final String URL = System.getenv("YAOWEN_TEST_PG_URL");

    private ScratchPostgres() {
    }

    /** The JDBC URL; skips the calling test, saying why, when it is not set. */
    static String url() {
        assumeTrue(URL != null && !URL.isBlank(),
                "YAOWEN_TEST_PG_URL is not set: skipping PostgreSQL tests (set it to a scratch database's JDBC URL,"
                        + " or `source .ci/postgres.sh`)");
        return URL;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** Drops every table a Yaowen store or its migrations make, history tables included. */
    static void dropYaowenTables() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS article, meeting, meeting_person, meeting_source, metric, metric_evidence,"
                    + " sink_offsets, schema_version, flyway_schema_history");
        }
    }
}
