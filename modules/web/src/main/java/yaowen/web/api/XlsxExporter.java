package yaowen.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** An Excel workbook of one sheet, header row first, written as it streams (fastexcel: no Apache POI). */
final class XlsxExporter implements Exporter {
    /** Rows written before the sheet is flushed to the stream. */
    private static final int FLUSH_EVERY = 1000;

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public void write(List<Column> columns, List<Object[]> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Yaowen", "1.0");
        Worksheet sheet = workbook.newWorksheet("yaowen");
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).name());
        }
        int r = 1;
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                Object v = row[c];
                if (v instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (v instanceof Boolean b) {
                    sheet.value(r, c, b);
                } else if (v != null) {
                    sheet.value(r, c, v.toString());
                }
            }
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
            r++;
        }
        workbook.finish();
    }
}
