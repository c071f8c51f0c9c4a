package yaowen.stores.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.stores.StoreException;
import yaowen.stores.jdbc.JdbcArticleStore;

/**
 * An {@link yaowen.stores.ArticleStore} in an embedded DuckDB database, on a file or in memory.
 *
 * <p>DuckDB lets one process write a database file, so a JVM should open a file once and share this
 * instance: the sink writes and the web reads through the same object. Thread-safe: calls are
 * serialised on its one connection. Migrations under {@code yaowen/stores/duckdb} run when it opens.
 */
public final class DuckDbStore extends JdbcArticleStore {
    /** Where {@link #openDefault()} keeps the database, relative to the working directory. */
    public static final Path DEFAULT_PATH = Path.of("data", "yaowen.duckdb");
    private static final Logger LOG = LoggerFactory.getLogger(DuckDbStore.class);
    private static final String MIGRATIONS = "yaowen/stores/duckdb";

    private final String location;

    private DuckDbStore(Connection connection, String location) {
        super(connection, MIGRATIONS);
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
            DuckDbStore store = new DuckDbStore(DriverManager.getConnection("jdbc:duckdb:" + absolute), absolute.toString());
            LOG.info("opened DuckDB store {}", absolute);
            return store;
        } catch (SQLException | IOException e) {
            throw new StoreException("open DuckDB " + absolute, null, e);
        }
    }

    /** Opens {@link #DEFAULT_PATH}. */
    public static DuckDbStore openDefault() {
        return open(DEFAULT_PATH);
    }

    /** A fresh database in memory, gone when closed. */
    public static DuckDbStore inMemory() {
        try {
            return new DuckDbStore(DriverManager.getConnection("jdbc:duckdb:"), ":memory:");
        } catch (SQLException e) {
            throw new StoreException("open DuckDB in memory", null, e);
        }
    }

    /** The database file's absolute path, or {@code :memory:}. */
    public String location() {
        return location;
    }

    @Override
    public String toString() {
        return "DuckDbStore[" + location + "]";
    }
}
