package yaowen.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Parquet without Hadoop: the rows go into a table of a throw-away in-memory DuckDB (through its appender, the
 * fast path), which writes the file
 * ({@code COPY … TO … (FORMAT PARQUET)}) to a temporary file that is copied to the output and deleted.
 */
final class ParquetExporter implements Exporter {
    @Override
    public String format() {
        return "parquet";
    }

    @Override
    public String contentType() {
        return "application/vnd.apache.parquet";
    }

    @Override
    public boolean streams() {
        return false;
    }

    @Override
    public void write(List<Column> columns, List<Object[]> rows, OutputStream out) throws IOException {
        Path file = Files.createTempFile("yaowen-export-", ".parquet");
        try {
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
                try (Statement st = db.createStatement()) {
                    st.execute("CREATE TABLE export (" + columns.stream()
                            .map(c -> quote(c.name()) + " " + sqlType(c.type())).collect(Collectors.joining(", ")) + ")");
                }
                try (DuckDBAppender appender = db.unwrap(DuckDBConnection.class).createAppender("export")) {
                    for (Object[] row : rows) {
                        appender.beginRow();
                        for (Object v : row) {
                            if (v == null) {
                                appender.appendNull();
                            } else if (v instanceof Long n) {
                                appender.append(n.longValue());
                            } else if (v instanceof Double d) {
                                appender.append(d.doubleValue());
                            } else if (v instanceof Boolean b) {
                                appender.append(b.booleanValue());
                            } else {
                                appender.append(v.toString());
                            }
                        }
                        appender.endRow();
                    }
                }
                try (Statement st = db.createStatement()) {
                    st.execute("COPY export TO '" + file.toString().replace("'", "''") + "' (FORMAT PARQUET)");
                }
            } catch (SQLException e) {
                throw new IOException("cannot write Parquet", e);
            }
            Files.copy(file, out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String sqlType(Column.Type type) {
        return switch (type) {
            case TEXT -> "VARCHAR";
            case INTEGER -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
        };
    }
}
