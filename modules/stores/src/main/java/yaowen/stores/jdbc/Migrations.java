package yaowen.stores.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema migrations read from the classpath and applied once each.
 *
 * <p>A migration directory (e.g. {@code yaowen/stores/duckdb}) holds {@code migrations.list}, naming
 * its files in order, one per line, and the files themselves, named {@code V<n>__<description>.sql}.
 * Each file is a series of statements separated by a semicolon at the end of a line. A file runs in
 * one transaction together with its row in {@code schema_version(version, description,
 * applied_at_ms)}, so a failed migration leaves no trace and a applied one is never run again.
 *
 * <p>Stateless; not meant to run concurrently against one database.
 */
public final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /** One migration file. */
    public record Migration(int version, String description, String resource) {
    }

    private Migrations() {
    }

    /**
     * Applies every migration of {@code directory} newer than the database's version.
     *
     * @return the number of migrations applied now (0 when up to date)
     */
    public static int apply(Connection connection, String directory) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        List<Migration> migrations = list(directory);
        boolean autoCommit = connection.getAutoCommit();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, applied_at_ms BIGINT NOT NULL)");
        }
        int current = currentVersion(connection);
        int applied = 0;
        try {
            connection.setAutoCommit(false);
            for (Migration m : migrations) {
                if (m.version() <= current) {
                    continue;
                }
                try (Statement st = connection.createStatement()) {
                    for (String sql : statements(read(m.resource()))) {
                        st.execute(sql);
                    }
                    try (PreparedStatement ps = connection.prepareStatement(
                            "INSERT INTO schema_version (version, description, applied_at_ms) VALUES (?, ?, ?)")) {
                        ps.setInt(1, m.version());
                        ps.setString(2, m.description());
                        ps.setLong(3, System.currentTimeMillis());
                        ps.executeUpdate();
                    }
                    connection.commit();
                    applied++;
                    LOG.info("applied schema migration {} ({})", m.version(), m.resource());
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return applied;
    }

    /** The highest applied version, 0 for an empty database. */
    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The migrations of {@code directory}, in version order, as listed by its {@code migrations.list}. */
    public static List<Migration> list(String directory) {
        List<Migration> result = new ArrayList<>();
        int last = 0;
        for (String line : read(directory + "/migrations.list").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("bad migration name " + name + " in " + directory);
            }
            int version = Integer.parseInt(m.group(1));
            if (version <= last) {
                throw new IllegalStateException("migrations out of order in " + directory + " at " + name);
            }
            last = version;
            result.add(new Migration(version, m.group(2).replace('_', ' '), directory + "/" + name));
        }
        return List.copyOf(result);
    }

    /** Splits a script at semicolons that end a line, dropping {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
