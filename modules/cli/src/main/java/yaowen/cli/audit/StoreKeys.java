package yaowen.cli.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * The keys a store holds, read over JDBC: a {@code jdbc:} URL as {@code store.postgresUrl} names it, or a
 * DuckDB file as {@code store.duckdbPath} does (opened read-only, so no sink may have it open).
 */
public final class StoreKeys {
    private StoreKeys() {
    }

    /** The JDBC URL for {@code store}: itself when it is one, else the DuckDB file at that path. */
    static String url(String store) {
        return store.startsWith("jdbc:") ? store : "jdbc:duckdb:" + Path.of(store).toAbsolutePath();
    }

    /** Article ids, meeting keys and metric keys of the store at {@code store}. */
    public static AuditInput.Stored read(String store) {
        String url = url(store);
        Properties properties = new Properties();
        if (url.startsWith("jdbc:duckdb:")) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try (Connection c = DriverManager.getConnection(url, properties)) {
            return new AuditInput.Stored(keys(c, "SELECT id FROM article"), keys(c, "SELECT meeting_key FROM meeting"),
                    keys(c, "SELECT metric_key FROM metric"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store " + (store.startsWith("jdbc:") ? "(JDBC URL)" : store)
                    + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> keys(Connection c, String sql) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }
}
