package yaowen.stores.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens each connection with a function: how a back end gives the store its
 * write and read connections and gives Flyway the ones it migrates with. For DuckDB it duplicates the one
 * open database (an in-memory database has no URL to reconnect to); for PostgreSQL it connects anew.
 * Thread-safe if the function is. User name and password belong to the function, not to this.
 */
public final class ConnectionSource implements DataSource {

    /** Opens a connection. */
    @FunctionalInterface
    public interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final String description;

    /** {@code description} names the database in messages, without secrets. */
    public ConnectionSource(Opener opener, String description) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return opener.open();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the connection source of " + description + " carries its own credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager's log writer is not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // timeouts belong to the opener (e.g. the PostgreSQL URL's connectTimeout)
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return description;
    }
}
