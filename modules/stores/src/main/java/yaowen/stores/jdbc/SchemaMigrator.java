package yaowen.stores.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store's schema up to date with Flyway, from the versioned SQL files on the classpath under
 * {@code db/migration/<dialect>} ({@code V<n>__<description>.sql}).
 *
 * <p>What Flyway gives over the hand-rolled migrator it replaces: every applied file's checksum is
 * recorded in {@value #HISTORY_TABLE} and validated at each start (an edited, missing or unknown
 * migration stops the store with Flyway's message instead of running on a schema nobody wrote); each
 * file runs in one transaction with its history row; and on PostgreSQL migrations run under Flyway's
 * lock (an advisory lock), so sinks scaled out over one database may start together. DuckDB has no
 * such lock; it needs none, as a DuckDB file has one writing process.
 *
 * <p>A database made before Flyway has the hand-rolled migrator's {@value #LEGACY_TABLE} table and no
 * Flyway history: it is baselined at that table's highest version (its files were the same V1…), and
 * migration {@code V2} then drops the old table.
 *
 * <p>Stateless and thread-safe; what it does to one database is serialised by Flyway's lock.
 */
public final class SchemaMigrator {
    /** Flyway's history table. */
    public static final String HISTORY_TABLE = "flyway_schema_history";
    /** The history table of the migrator that came before Flyway. */
    public static final String LEGACY_TABLE = "schema_version";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    /** The SQL dialects with migrations, each in its own classpath directory. */
    public enum Dialect {
        DUCKDB("duckdb"), POSTGRESQL("postgresql");

        private final String directory;

        Dialect(String directory) {
            this.directory = directory;
        }

        /** Flyway location of the dialect's migrations. */
        public String location() {
            return "classpath:db/migration/" + directory;
        }
    }

    private SchemaMigrator() {
    }

    /**
     * Validates the applied migrations of the database behind {@code source} and applies the pending
     * ones, baselining a database made before Flyway first.
     *
     * @return the number of migrations applied now (0 when up to date)
     * @throws org.flywaydb.core.api.FlywayException when validation or a migration fails
     * @throws SQLException when the database cannot be inspected
     */
    public static int migrate(DataSource source, Dialect dialect) throws SQLException {
        FluentConfiguration config = configure(source, dialect);
        OptionalInt legacy = legacyVersion(source);
        if (legacy.isPresent()) {
            String version = Integer.toString(legacy.getAsInt());
            LOG.info("{} has the pre-Flyway table {} at version {}: baselining Flyway there", source, LEGACY_TABLE, version);
            config.baselineOnMigrate(true).baselineVersion(version)
                    .baselineDescription("schema_version " + version + " (before Flyway)");
        }
        MigrateResult result = config.load().migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("{}: applied {} schema migration(s), now at version {}", source, result.migrationsExecuted,
                    result.targetSchemaVersion);
        }
        return result.migrationsExecuted;
    }

    /** The version the database is at (0 when none applied). */
    public static int currentVersion(DataSource source, Dialect dialect) {
        MigrationInfo current = configure(source, dialect).load().info().current();
        return current == null || current.getVersion() == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
    }

    private static FluentConfiguration configure(DataSource source, Dialect dialect) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dialect, "dialect");
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(source)
                .locations(dialect.location())
                .table(HISTORY_TABLE)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true);
    }

    /** The pre-Flyway version when the database has the legacy table and no Flyway history yet. */
    static OptionalInt legacyVersion(DataSource source) throws SQLException {
        try (Connection c = source.getConnection()) {
            if (!hasTable(c, LEGACY_TABLE) || hasTable(c, HISTORY_TABLE)) {
                return OptionalInt.empty();
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + LEGACY_TABLE)) {
                rs.next();
                return OptionalInt.of(rs.getInt(1));
            }
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), table, null)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
