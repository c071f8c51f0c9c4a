package yaowen.stores.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.stores.jdbc.ConnectionSource;
import yaowen.stores.jdbc.JdbcArticleStore;
import yaowen.stores.jdbc.SchemaMigrator;

/**
 * An {@link yaowen.stores.ArticleStore} in a PostgreSQL database, upserting with
 * {@code INSERT … ON CONFLICT}. Migrations under {@code db/migration/postgresql} run (under Flyway's
 * lock) when it connects.
 *
 * <p>Two connections (no pool): writes are serialised on one, and the {@link #reader()} reads on its own
 * read-only one. Several processes may each hold a store on the same database and start together:
 * Flyway's lock serialises their migrations and upserts by key keep their rows consistent. Thread-safe.
 */
public final class PostgresStore extends JdbcArticleStore {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresStore.class);

    private final String url;

    private PostgresStore(ConnectionSource connections, String url) {
        super(connections, () -> readOnly(connections.getConnection()), SchemaMigrator.Dialect.POSTGRESQL);
        this.url = url;
    }

    /**
     * Connects to {@code jdbcUrl}, e.g.
     * {@code jdbc:postgresql://127.0.0.1:5432/yaowen?user=yaowen&password=yaowen}.
     */
    public static PostgresStore connect(String jdbcUrl) {
        return connect(jdbcUrl, new Properties());
    }

    /** Connects to {@code jdbcUrl} with driver {@code properties} (user, password, ssl…). */
    public static PostgresStore connect(String jdbcUrl, Properties properties) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Properties copy = new Properties();
        copy.putAll(Objects.requireNonNull(properties, "properties"));
        String safeUrl = jdbcUrl.replaceAll("password=[^&]*", "password=***");
        PostgresStore store = new PostgresStore(
                new ConnectionSource(() -> DriverManager.getConnection(jdbcUrl, copy), "PostgreSQL " + safeUrl), safeUrl);
        LOG.info("connected PostgreSQL store {}", safeUrl);
        return store;
    }

    private static Connection readOnly(Connection c) throws SQLException {
        try {
            c.setReadOnly(true);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return "PostgresStore[" + url + "]";
    }
}
