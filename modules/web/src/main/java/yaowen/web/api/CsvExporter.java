package yaowen.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV, RFC 4180, UTF-8 with a byte-order mark so that Excel reads Chinese; a header row first. */
final class CsvExporter implements Exporter {
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
        for (Object[] row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
    }
}
