package yaowen.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parquet without Hadoop: the rows go into a table of a throw-away in-memory DuckDB, which writes the file
 * ({@code COPY … TO … (FORMAT PARQUET)}) to a temporary file that is streamed and deleted.
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
    public void write(List<Column> columns, List<Object[]> rows, OutputStream out) throws IOException {
        Path file = Files.createTempFile("yaowen-export-", ".parquet");
        try {
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
                try (Statement st = db.createStatement()) {
                    st.execute("CREATE TABLE export (" + columns.stream()
                            .map(c -> quote(c.name()) + " " + sqlType(c.type())).collect(Collectors.joining(", ")) + ")");
                }
                db.setAutoCommit(false);
                String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO export VALUES (" + marks + ")")) {
                    int batched = 0;
                    for (Object[] row : rows) {
                        for (int c = 0; c < row.length; c++) {
                            if (row[c] == null) {
                                insert.setNull(c + 1, jdbcType(columns.get(c).type()));
                            } else {
                                insert.setObject(c + 1, row[c]);
                            }
                        }
                        insert.addBatch();
                        if (++batched % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                db.commit();
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

    private static int jdbcType(Column.Type type) {
        return switch (type) {
            case TEXT -> Types.VARCHAR;
            case INTEGER -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
        };
    }
}
