package yaowen.stores;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An analyst's SQL against a running store: one reading statement ({@code SELECT}, {@code WITH … SELECT}),
 * run on a connection of its own (never the sink's, never the dashboard's) inside a transaction that is
 * always rolled back, within a time limit, its rows handed over as they are read up to a cap.
 *
 * <p>Statements that would write are refused with {@link SqlRefused} before they run: on DuckDB the
 * statement is parsed by DuckDB itself ({@code json_serialize_sql}, which accepts only {@code SELECT}
 * statements), so {@code INSERT}, {@code DROP}, {@code COPY … TO}, {@code ATTACH}, {@code SET},
 * {@code PRAGMA} and several statements at once never run; on PostgreSQL the transaction is
 * {@code READ ONLY} and has a {@code statement_timeout}. Thread-safe: each query has its own connection.
 */
public interface SqlQueries {

    /** How long a query may take (reading its rows included) and how many rows it may return. */
    record Limits(Duration timeout, int maxRows) {
        public Limits {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero() || maxRows < 1) {
                throw new IllegalArgumentException("a query needs a positive time limit and row cap: " + timeout + ", " + maxRows);
            }
        }
    }

    /** Where the result goes, as it is read. */
    interface Rows {
        /** Called once, before any row, with the column labels. */
        void columns(List<String> names) throws IOException;

        /** One row: each value is null, a {@link Number}, a {@link Boolean} or its text. */
        void row(List<Object> values) throws IOException;
    }

    /** What came back: how many rows were handed over, and whether the cap cut the result short. */
    record Outcome(long rows, boolean truncated) {
    }

    /**
     * Runs {@code sql}, handing the columns and then each row to {@code out}.
     *
     * @throws SqlRefused when the statement is not a single reading statement, is not valid SQL, or ran
     *         longer than the limit: its message says which, in words fit for the analyst
     * @throws StoreException when the store cannot be reached
     * @throws IOException when {@code out} fails (the client went away); the query is abandoned
     */
    Outcome query(String sql, Limits limits, Rows out) throws IOException;

    /** A statement that is not run, or fails, for a reason the person who wrote it can act on. */
    final class SqlRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SqlRefused(String message) {
            super(message, null, false, false);
        }
    }
}
