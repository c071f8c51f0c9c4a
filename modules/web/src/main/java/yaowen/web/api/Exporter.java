package yaowen.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a list's rows as a file to download. One implementation per {@code format}; all read the same
 * {@link Column}s. Stateless.
 */
interface Exporter {
    /** The {@code format} parameter's value and the file's extension: {@code csv}, {@code xlsx}, {@code parquet}. */
    String format();

    String contentType();

    /**
     * Whether the file is written front to back as it goes (CSV, XLSX) and may be sent as it is written; false
     * when it exists only once whole (Parquet's footer), so it is built first and sent with its length.
     */
    default boolean streams() {
        return true;
    }

    /** Writes {@code rows} (one cell per column, as {@link Column#value} gives it) to {@code out}. */
    void write(List<Column> columns, List<Object[]> rows, OutputStream out) throws IOException;

    /** The exporters by format. */
    static List<Exporter> all() {
        return List.of(new CsvExporter(), new XlsxExporter(), new ParquetExporter());
    }
}
