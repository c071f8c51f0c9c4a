package yaowen.stores.sink;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Whole tables as sorted lines of {@code column=value}, for comparing two runs of the sink. */
final class TableRows {
    /** The column holding the wall clock of the write: differs between runs, equal when a row was not written again. */
    static final String STORED_AT = "stored_at_ms";

    private TableRows() {
    }

    static Map<String, List<String>> read(Connection c, List<String> tables, boolean withStoredAt) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (withStoredAt || !meta.getColumnName(i).equals(STORED_AT)) {
                                row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                            }
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                out.put(table, rows);
            }
        }
        return out;
    }
}
