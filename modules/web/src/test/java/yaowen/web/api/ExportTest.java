package yaowen.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.web.Servers;
import yaowen.web.WebServer;

/**
 * Exports read back with independent readers (commons-csv, fastexcel-reader, DuckDB's read_parquet) hold every row
 * of the query, each cell equal to the JSON field its column names.
 */
class ExportTest {
    static DuckDbStore store;
    static WebServer server;
    static Client client;
    /** The JSON fields behind some columns, written here by hand (not read from the column model). */
    static final Map<String, String> SPOT = Map.of("region_code", "/region/code", "key", "/key", "value", "/value",
            "indicatorName", "/indicatorName", "actual_key", "/actual/key", "name", "/name");

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        store = DuckDbStore.inMemory();
        ApiFixtures.fill(store);
        server = Servers.start(store.reader(), Feed.Settings.DEFAULT, "yaowen/web/teststatic");
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** Every row of a list query as JSON, page by page. */
    static List<JsonNode> json(String resource, String filter) {
        List<JsonNode> rows = new ArrayList<>();
        String url = "/api/" + resource + "?limit=1&" + filter;
        while (url != null) {
            JsonNode page = client.json(url);
            page.get("items").forEach(rows::add);
            url = page.get("nextUrl").isNull() ? null : page.get("nextUrl").asText();
        }
        return rows;
    }

    @ParameterizedTest
    @CsvSource({"meetings,region=41", "metrics,region=4102", "articles,", "people,", "targets,region=4102"})
    void everyFormatHoldsTheRowsOfTheJsonPages(String resource, String filter) throws Exception {
        filter = filter == null ? "" : filter;
        List<JsonNode> expected = json(resource, filter);
        assertThat(expected).as(resource).hasSizeGreaterThan(1);
        List<Column> columns = columnsOf(resource);
        String date = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
        for (String format : List.of("csv", "xlsx", "parquet")) {
            HttpResponse<byte[]> r = client.bytes("/api/" + resource + "?format=" + format + "&limit=1&" + filter);
            assertThat(r.statusCode()).as(resource + " " + format).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Disposition")).as(format)
                    .hasValue("attachment; filename=\"yaowen-" + resource + "-" + date + "." + format + "\"");
            List<Map<String, String>> rows = switch (format) {
                case "csv" -> csv(r.body());
                case "xlsx" -> xlsx(r.body());
                default -> parquet(r.body());
            };
            assertThat(rows).as(resource + " " + format).hasSize(expected.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                JsonNode json = expected.get(i);
                assertThat(row.keySet()).as(format).containsExactlyElementsOf(columns.stream().map(Column::name).toList());
                for (Column c : columns) {
                    Object v = c.value(json);
                    assertThat(row.get(c.name())).as(resource + " " + format + " row " + i + " " + c.name())
                            .isEqualTo(text(v));
                }
                SPOT.forEach((column, pointer) -> {
                    if (row.containsKey(column) && !json.at(pointer).isMissingNode() && !json.at(pointer).isNull()) {
                        assertThat(row.get(column)).as(format + " " + column)
                                .isEqualTo(json.at(pointer).isNumber() ? text(json.at(pointer).numberValue()) : json.at(pointer).asText());
                    }
                });
            }
        }
    }

    @Test
    void csvStartsWithAByteOrderMarkAndJoinsListsWithSemicolons() throws Exception {
        byte[] body = client.bytes("/api/meetings?format=csv&region=410202").body();
        assertThat(body[0] & 0xff).isEqualTo(0xEF);
        assertThat(body[1] & 0xff).isEqualTo(0xBB);
        assertThat(body[2] & 0xff).isEqualTo(0xBF);
        List<Map<String, String>> rows = csv(body);
        assertThat(rows.get(0).get("people_name")).isEqualTo("王三;李二");
        assertThat(rows.get(0).get("region_label")).isEqualTo("河南省开封市龙亭区");
    }

    @Test
    void anExportBeyondTheCapIsRefused() {
        assertThat(Params.EXPORT_CAP).isEqualTo(100_000);
        Listing<Integer> huge = new Listing<>("n", (a, p) -> new yaowen.stores.Page<>(List.of(1), "more"), n -> Json.object(),
                List.of(Column.text("x")), null, new Exports(1, Exporter.all()));
        Args args = Args.parse(List.of(Params.sort(List.of("x"), "x"), Params.FORMAT), "format=csv");
        try {
            huge.rows(args);
            throw new AssertionError("no refusal");
        } catch (ApiError e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.parameter()).isEqualTo("format");
            assertThat(e.getMessage()).contains("100000", "缩小");
        }
    }

    static List<Column> columnsOf(String resource) {
        return switch (resource) {
            case "meetings" -> Column.MEETING;
            case "metrics" -> Column.METRIC;
            case "articles" -> Column.ARTICLE;
            case "people" -> Column.PERSON;
            default -> Column.TARGET;
        };
    }

    /** A cell as text the way each reader gives it back: whole numbers without ".0", null as null. */
    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }
        return v.toString();
    }

    static List<Map<String, String>> csv(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new InputStreamReader(
                new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            for (CSVRecord record : parser) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (String h : parser.getHeaderNames()) {
                    String v = record.get(h);
                    row.put(h, v.isEmpty() ? null : numeric(v));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** "6.0" and "6" are the same number; other text is kept. */
    static String numeric(String v) {
        if (v.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?")) {
            return text(Double.parseDouble(v));
        }
        return v;
    }

    static List<Map<String, String>> xlsx(byte[] body) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<Row> all = wb.getFirstSheet().read();
            List<String> header = new ArrayList<>();
            all.get(0).forEach(c -> header.add(c.getRawValue()));
            for (Row r : all.subList(1, all.size())) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    var cell = i < r.getCellCount() ? r.getCell(i) : null;
                    String v = cell == null ? null : cell.getRawValue();
                    if (cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.BOOLEAN) {
                        v = String.valueOf(cell.asBoolean());
                    } else if (cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
                        v = cell.asString();
                    } else if (v != null) {
                        v = numeric(v);
                    }
                    row.put(header.get(i), v == null || v.isEmpty() ? null : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    List<Map<String, String>> parquet(byte[] body) throws Exception {
        Path file = tmp.resolve("export.parquet");
        Files.write(file, body);
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.put(rs.getMetaData().getColumnName(i), v instanceof Number num ? text(num) : v == null ? null : v.toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
