package yaowen.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV, RFC 4180, UTF-8 with a byte-order mark so that Excel reads Chinese; a header row first. A text cell that a
 * spreadsheet would take for a formula (it begins with {@code = + - @}, a tab or a carriage return: crawled titles
 * and quotes are anyone's text) gets a leading {@code '} (OWASP's advice on CSV injection); numbers are written as
 * plain decimals ({@code 30000000000}, not {@code 3.0E10}).
 */
final class CsvExporter implements Exporter {
    /** First characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_START = "=+-@\t\r";

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String contentType() {
        return "text/csv; charset=utf-8";
    }

    @Override
    public void write(List<Column> columns, List<Object[]> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(Column::name).toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        Object[] cells = new Object[columns.size()];
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                cells[c] = cell(columns.get(c).type(), row[c]);
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** What is written for {@code value} in a column of {@code type}. */
    static Object cell(Column.Type type, Object value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (type == Column.Type.TEXT && value instanceof String s && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return value;
    }
}
