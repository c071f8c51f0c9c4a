package yaowen.stores.postgres;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.stores.StoreException;
import yaowen.stores.jdbc.JdbcArticleStore;

/**
 * An {@link yaowen.stores.ArticleStore} in a PostgreSQL database, upserting with
 * {@code INSERT … ON CONFLICT}. Migrations under {@code yaowen/stores/postgres} run when it connects.
 *
 * <p>Thread-safe: calls are serialised on one connection (no pool). Several processes may each hold
 * a store on the same database; upserts by key keep them consistent.
 */
public final class PostgresStore extends JdbcArticleStore {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresStore.class);
    private static final String MIGRATIONS = "yaowen/stores/postgres";

    private final String url;

    private PostgresStore(java.sql.Connection connection, String url) {
        super(connection, MIGRATIONS);
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
        Objects.requireNonNull(properties, "properties");
        String safeUrl = jdbcUrl.replaceAll("password=[^&]*", "password=***");
        try {
            PostgresStore store = new PostgresStore(DriverManager.getConnection(jdbcUrl, properties), safeUrl);
            LOG.info("connected PostgreSQL store {}", safeUrl);
            return store;
        } catch (SQLException e) {
            throw new StoreException("connect PostgreSQL " + safeUrl, null, e);
        }
    }

    @Override
    public String toString() {
        return "PostgresStore[" + url + "]";
    }
}
