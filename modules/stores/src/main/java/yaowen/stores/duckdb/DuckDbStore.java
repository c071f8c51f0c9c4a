package yaowen.stores.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.stores.StoreException;
import yaowen.stores.jdbc.ConnectionSource;
import yaowen.stores.jdbc.JdbcArticleStore;
import yaowen.stores.jdbc.SchemaMigrator;

/**
 * An {@link yaowen.stores.ArticleStore} in an embedded DuckDB database, on a file or in memory.
 *
 * <p>DuckDB lets one process write a database file, so a JVM opens a file once and shares this
 * instance. It holds the database open through one connection and works on duplicates of it
 * ({@link DuckDBConnection#duplicate()}: same database, own transactions): Flyway migrates on some, the
 * sink writes on one, the {@link #reader()} reads on another, so a long query never blocks a write.
 * Migrations under {@code db/migration/duckdb} run when it opens. Thread-safe.
 */
public final class DuckDbStore extends JdbcArticleStore {
    /** Where {@link #openDefault()} keeps the database, relative to the working directory. */
    public static final Path DEFAULT_PATH = Path.of("data", "yaowen.duckdb");
    private static final Logger LOG = LoggerFactory.getLogger(DuckDbStore.class);

    private final DuckDBConnection database;
    private final String location;

    private DuckDbStore(DuckDBConnection database, String location) {
        this(database, location, new ConnectionSource(database::duplicate, "DuckDB " + location));
    }

    private DuckDbStore(DuckDBConnection database, String location, ConnectionSource duplicates) {
        super(duplicates, duplicates::getConnection, SchemaMigrator.Dialect.DUCKDB);
        this.database = database;
        this.location = location;
    }

    /** Opens (creating if needed, parent directories included) the database file {@code file}. */
    public static DuckDbStore open(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("open DuckDB " + absolute, null, e);
        }
        DuckDbStore store = open("jdbc:duckdb:" + absolute, absolute.toString());
        LOG.info("opened DuckDB store {}", absolute);
        return store;
    }

    /** Opens {@link #DEFAULT_PATH}. */
    public static DuckDbStore openDefault() {
        return open(DEFAULT_PATH);
    }

    /** A fresh database in memory, gone when closed. */
    public static DuckDbStore inMemory() {
        return open("jdbc:duckdb:", ":memory:");
    }

    private static DuckDbStore open(String url, String location) {
        DuckDBConnection database;
        try {
            database = DriverManager.getConnection(url).unwrap(DuckDBConnection.class);
        } catch (SQLException e) {
            throw new StoreException("open DuckDB " + location, null, e);
        }
        try {
            DuckDbStore store = new DuckDbStore(database, location);
            fenceOff(database, location);
            return store;
        } catch (RuntimeException e) {
            closeQuietly(database, e);
            throw e;
        }
    }

    /**
     * Once migrated, the database may read and write only itself: no file or URL outside it
     * ({@code read_text('/etc/passwd')}, {@code read_csv('https://…')}, {@code COPY … TO}, {@code ATTACH}), and
     * no later {@code SET} may lift that — an analyst's SELECT on {@code /api/sql} runs on this database.
     */
    private static void fenceOff(DuckDBConnection database, String location) {
        try (java.sql.Statement st = database.createStatement()) {
            st.execute("SET enable_external_access = false");
            st.execute("SET lock_configuration = true");
        } catch (SQLException e) {
            throw new StoreException("close DuckDB " + location + " to files outside it", null, e);
        }
    }

    /** The database file's absolute path, or {@code :memory:}. */
    public String location() {
        return location;
    }

    /** Closes the store's connections, then the database. Idempotent. */
    @Override
    public void close() {
        try {
            super.close();
        } finally {
            try {
                database.close();
            } catch (SQLException e) {
                LOG.warn("closing DuckDB {}: {}", location, e.toString());
            }
        }
    }

    @Override
    public String toString() {
        return "DuckDbStore[" + location + "]";
    }

    private static void closeQuietly(Connection c, Exception cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
