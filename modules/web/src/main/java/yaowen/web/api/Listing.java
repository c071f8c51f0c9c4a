package yaowen.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import yaowen.stores.Page;
import yaowen.stores.Paging;

/**
 * A list endpoint's answer: one page as {@code {"items","next","nextUrl"}}, or with {@code format=csv|parquet|xlsx}
 * every page of the query (up to {@link Params#EXPORT_CAP} rows) as a download. The rows are written by
 * {@link Json}; an export's columns are read from that JSON. A download is sent only once every row was read; a
 * file that cannot be streamed (Parquet) is built whole and sent with its length; a streamed one (CSV, XLSX) that
 * fails midway is cut off, never ended as if complete. HEAD answers the headers without reading a row. Immutable.
 *
 * @param name    the resource, in the file name: {@code meetings}, {@code metrics} …
 * @param pages   one page of the rows the request asks for
 * @param json    a row's JSON
 * @param columns the export's columns
 * @param whole   every row of the request at once, for an export of a list computed whole (targets); null to
 *                read the pages
 * @param exports the exporters and how many exports may run at once (shared by a server's listings)
 */
record Listing<T>(String name, Pager<T> pages, Function<T, ObjectNode> json, List<Column> columns,
                  Function<Args, List<T>> whole, Exports exports) {
    /** One page of a request's rows. */
    @FunctionalInterface
    interface Pager<T> {
        Page<T> page(Args args, Paging paging);
    }

    Listing {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(exports, "exports");
    }

    void answer(Route.Request request) throws IOException {
        Args args = request.args();
        String format = args.string("format");
        if (format.equals("json")) {
            Page<T> page = pages.page(args, new Paging(args.string("sort"), args.string("cursor"), args.integer("limit")));
            ObjectNode root = Json.object();
            ArrayNode items = root.putArray("items");
            page.items().forEach(row -> items.add(json.apply(row)));
            root.put("next", page.nextCursor());
            root.put("nextUrl", page.nextCursor() == null ? null
                    : nextUrl(request.exchange().getRequestURI().getRawPath(), request.exchange().getRequestURI().getRawQuery(),
                    page.nextCursor()));
            Http.json(request.exchange(), 200, root);
            return;
        }
        Exporter exporter = exports.exporter(format);
        var exchange = request.exchange();
        if (Http.head(exchange)) { // the headers only: no row is read
            downloadHeaders(exchange, exporter);
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exports.acquire();
        try {
            List<Object[]> rows = rows(args);
            if (exporter.streams()) {
                downloadHeaders(exchange, exporter);
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                exporter.write(columns, rows, out);
                // closed (the chunked body ended) only when whole: on a failure Http.answer drops the connection,
                // so the client sees an incomplete download rather than a complete 200
                out.close();
            } else {
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                exporter.write(columns, rows, file);
                downloadHeaders(exchange, exporter);
                exchange.sendResponseHeaders(200, file.size());
                try (OutputStream out = exchange.getResponseBody()) {
                    file.writeTo(out);
                }
            }
        } finally {
            exports.release();
        }
    }

    private void downloadHeaders(HttpExchange exchange, Exporter exporter) {
        String file = "yaowen-" + name + "-" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE)
                + "." + exporter.format();
        exchange.getResponseHeaders().set("Content-Type", exporter.contentType());
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + file + "\"");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }

    /** Every row of the request's query, flattened to the columns, page after page from the first. */
    List<Object[]> rows(Args args) {
        List<Object[]> rows = new ArrayList<>();
        if (whole != null) {
            List<T> all = whole.apply(args);
            if (all.size() > Params.EXPORT_CAP) {
                throw tooMany(Params.EXPORT_CAP);
            }
            for (T row : all) {
                ObjectNode node = json.apply(row);
                rows.add(columns.stream().map(c -> c.value(node)).toArray());
            }
            return rows;
        }
        String cursor = null;
        do {
            Page<T> page = pages.page(args, new Paging(args.string("sort"), cursor, Paging.MAX_LIMIT));
            if (rows.size() + page.items().size() > Params.EXPORT_CAP) {
                throw tooMany(Params.EXPORT_CAP);
            }
            for (T row : page.items()) {
                ObjectNode node = json.apply(row);
                rows.add(columns.stream().map(c -> c.value(node)).toArray());
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return rows;
    }

    static ApiError tooMany(int cap) {
        return ApiError.badParameter("format", "结果超过 " + cap + " 行，请缩小筛选范围（地区、日期、指标…）再导出",
                "more than " + cap + " rows: narrow the filter (region, dates, indicator …) to export");
    }

    /** The request's own URL with {@code cursor} set to {@code next} (any former cursor dropped). */
    static String nextUrl(String rawPath, String rawQuery, String next) {
        StringBuilder url = new StringBuilder(rawPath).append('?');
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty() && !pair.equals("cursor") && !pair.startsWith("cursor=")) {
                    url.append(pair).append('&');
                }
            }
        }
        return url.append("cursor=").append(Http.encode(next)).toString();
    }
}
