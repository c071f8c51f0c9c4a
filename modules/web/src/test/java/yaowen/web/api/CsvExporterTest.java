package yaowen.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What the CSV export writes for cells a spreadsheet would misread. */
class CsvExporterTest {
    static List<CSVRecord> write(List<Column> columns, List<Object[]> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(columns, rows, out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text)).getRecords());
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsQuoted() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://example.invalid\",\"点此\")", "+1+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1");
        List<Object[]> rows = new ArrayList<>();
        hostile.forEach(t -> rows.add(new Object[] {t, -5L, -1.5}));
        rows.add(new Object[] {"市政府召开常务会议", 7L, 2.0});
        List<CSVRecord> records = write(List.of(Column.text("title"), Column.integer("n"), Column.number("v")), rows);
        for (int i = 0; i < hostile.size(); i++) {
            assertThat(records.get(i).get("title")).isEqualTo("'" + hostile.get(i));
            assertThat(records.get(i).get("n")).isEqualTo("-5");
            assertThat(records.get(i).get("v")).isEqualTo("-1.5");
        }
        assertThat(records.get(hostile.size()).get("title")).isEqualTo("市政府召开常务会议");
    }

    @Test
    void numbersAreWrittenAsPlainDecimals() throws Exception {
        List<CSVRecord> records = write(List.of(Column.number("v")), List.of(new Object[] {3.0E10}, new Object[] {1.25E-7},
                new Object[] {6.0}, new Object[] {null}));
        assertThat(records).extracting(r -> r.get("v")).containsExactly("30000000000", "0.000000125", "6", "");
    }
}
