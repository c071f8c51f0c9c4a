package yaowen.insight.metric;

import yaowen.insight.Metric;
import yaowen.insight.Metric.Kind;
import yaowen.insight.Metric.Measure;
import yaowen.insight.metric.IndicatorTaxonomy.Match;
import yaowen.insight.metric.IndicatorTaxonomy.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads indicator tables published as text, one row per line with cells split by tabs or spaces, where the unit
 * sits in the row label or a unit column and the meaning of each number in the header:
 * <pre>
 * 指标                1-9月     增长(%)
 * 地区生产总值(亿元)   1892.6    6.8
 * </pre>
 * A header cell naming growth (增长, 增速, 同比, ±%) makes its column a growth in percent; any other number
 * column is the level in the row's unit. Without a header, a row of two bare numbers is read as level then growth.
 * Rows whose cells already carry units or words ("增长6.1%") are left to the sentence grammar.
 *
 * <p>A table taken from HTML often arrives one cell per line (each {@code <td>} a block): a first header cell
 * (指标, 指标名称, 项目) and the header cells after it fix the number of columns; then each row is a label line
 * followed by that many value lines. Such rows are read like the rows of a text table. Not thread-safe: one reader
 * per article (it remembers the header).
 */
final class TableReader {
    /** Cell separators: tabs, ideographic or plain spaces, and the bars of a table rendered as text (a | b | c). */
    private static final Pattern CELLS = Pattern.compile("\\s*[|｜]\\s*|[\\t\\u3000]+| {1,}");
    private static final Pattern BARE_NUMBER = Pattern.compile("^[-+]?\\d+(?:,\\d{3})*(?:\\.\\d+)?%?$");
    /** A column of the month alone (本月, 当月), as opposed to the cumulative 1-本月. */
    private static final Pattern MONTH_ONLY = Pattern.compile("^(?:本月|当月)");
    /** The first header cell of a table: the column of row labels. */
    private static final Pattern FIRST_HEADER = Pattern.compile("^(?:主要)?(?:指标|指标名称|项目|名称|统计指标)$");
    private static final Pattern EMPTY_CELL = Pattern.compile("^[—–\\-/…]+$");
    private static final Pattern UNIT_IN_LABEL = Pattern.compile("[(（]([^()（）]{1,6})[)）]\\s*$");
    private static final Pattern GROWTH_HEADER = Pattern.compile("增长|增速|增幅|同比|±|%|比上年|比去年");
    private static final Pattern TARGET_HEADER = Pattern.compile("目标|预期|计划");
    private static final Pattern HEADER_WORDS = Pattern.compile("指标|项目|名称|单位|数值|绝对值|总量|增长|增速|同比|月|季度|年");

    private final IndicatorTaxonomy taxonomy;
    private final MetricContext ctx;
    private List<String> header = List.of();
    /** The line before the current one, and the caption of the current table (the line before its header). */
    private String previousLine = "";
    private String caption = "";
    /** One-cell-per-line mode: the header cells read so far, null outside such a table. */
    private List<String> lineHeader;
    /** One-cell-per-line mode: the number of columns once the header is complete, else 0. */
    private int lineColumns;
    /** One-cell-per-line mode: the cells of the row being read, null between rows. */
    private List<String> lineRow;

    TableReader(IndicatorTaxonomy taxonomy, MetricContext ctx) {
        this.taxonomy = taxonomy;
        this.ctx = ctx;
    }

    /** Reads {@code line} as a header or a row; true when it was a table row or cell whose figures were taken. */
    boolean read(String line, List<Metric> out) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (cellPerLine(t, out)) {
            return true;
        }
        String before = previousLine;
        previousLine = t.length() <= 60 ? MetricText.normalise(t) : "";
        if (t.length() > 120 || t.indexOf('\t') < 0 && t.indexOf(' ') < 0 && t.indexOf('\u3000') < 0
                && t.indexOf('|') < 0 && t.indexOf('｜') < 0) {
            return false;
        }
        List<String> cells = new ArrayList<>();
        for (String c : CELLS.split(t)) {
            if (!c.isBlank()) {
                cells.add(c.strip());
            }
        }
        if (cells.size() < 2) {
            return false;
        }
        if (isHeader(cells)) {
            header = cells;
            caption = before;
            return false;
        }
        return row(cells, t, out);
    }

    /**
     * Reads {@code t} as a cell of a table given one cell per line; true when it was one (header, label or value
     * cell). A line that fits no cell ends the table.
     */
    private boolean cellPerLine(String t, List<Metric> out) {
        if (lineHeader == null && t.length() > 8) {
            return false; // outside such a table only a short first header cell (指标, 项目) starts one
        }
        String cell = MetricText.normalise(t);
        if (cell.length() <= 8 && FIRST_HEADER.matcher(cell).matches()) {
            caption = previousLine;
            lineHeader = new ArrayList<>(List.of(cell));
            lineColumns = 0;
            lineRow = null;
            return true;
        }
        if (lineHeader == null) {
            return false;
        }
        boolean labelled = cell.length() <= 30 && !taxonomy.find(cell).isEmpty();
        if (lineColumns == 0) {
            if (!labelled && cell.length() <= 16 && !BARE_NUMBER.matcher(cell).matches()
                    && (HEADER_WORDS.matcher(cell).find() || isUnitCell(cell))) {
                lineHeader.add(cell);
                return true;
            }
            if (labelled && lineHeader.size() >= 2) {
                lineColumns = lineHeader.size();
                header = List.copyOf(lineHeader);
                lineRow = new ArrayList<>(List.of(cell));
                return true;
            }
        } else if (lineRow != null && (BARE_NUMBER.matcher(cell).matches() || EMPTY_CELL.matcher(cell).matches()
                || isUnitCell(cell))) {
            lineRow.add(cell);
            if (lineRow.size() == lineColumns) {
                row(lineRow, String.join(" ", lineRow), out);
                lineRow = null;
            }
            return true;
        } else if (cell.length() <= 30 && !BARE_NUMBER.matcher(cell).matches()
                && (labelled || !FigureScanner.mayHoldFigure(cell) || UNIT_IN_LABEL.matcher(cell).find())) {
            flushShortRow(out); // the row before lost an empty cell ("—") on the way
            lineRow = new ArrayList<>(List.of(cell)); // a row; one without an indicator is read and left out
            return true;
        }
        flushShortRow(out);
        lineHeader = null;
        lineColumns = 0;
        lineRow = null;
        return false;
    }

    /**
     * Reads a row that ended with fewer cells than the header has columns: an empty cell ("—", "/") rendered as
     * nothing. Its values are aligned right, after its unit cells (the growth column is the last and the one
     * seldom left empty), except a rate's (失业率 5.1, growth "/"), which are aligned left.
     */
    private void flushShortRow(List<Metric> out) {
        if (lineRow == null || lineRow.size() < 2 || lineRow.size() >= lineColumns) {
            return;
        }
        List<String> cells = new ArrayList<>(List.of(lineRow.get(0)));
        int i = 1;
        while (i < lineRow.size() && isUnitCell(lineRow.get(i))) {
            cells.add(lineRow.get(i++));
        }
        List<Match> labels = taxonomy.find(MetricText.normalise(lineRow.get(0)));
        boolean rate = !labels.isEmpty() && labels.get(0).indicator().kind() == ValueKind.RATE;
        if (rate) {
            cells.addAll(lineRow.subList(i, lineRow.size()));
        }
        for (int k = lineRow.size(); k < lineColumns; k++) {
            cells.add("—");
        }
        if (!rate) {
            cells.addAll(lineRow.subList(i, lineRow.size()));
        }
        row(cells, String.join(" ", lineRow), out);
        lineRow = null;
    }

    /** Reads the cells of one table row; true when they were a row of an indicator with at least one number. */
    private boolean row(List<String> cells, String t, List<Metric> out) {
        List<Match> labels = taxonomy.find(MetricText.normalise(cells.get(0)));
        if (labels.isEmpty()) {
            return false;
        }
        boolean anyNumber = false;
        for (int i = 1; i < cells.size(); i++) {
            if (BARE_NUMBER.matcher(cells.get(i)).matches()) {
                anyNumber = true;
            } else if (!EMPTY_CELL.matcher(cells.get(i)).matches() && !isUnitCell(cells.get(i))) {
                return false; // "增长6.1%": the sentence grammar reads it
            }
        }
        if (!anyNumber) {
            return false;
        }
        Match label = labels.get(0);
        Optional<UnitNormaliser.Normalised> unit = unitOf(cells);
        int columns = cells.size();
        boolean headerFits = header.size() == columns;
        int numbersSeen = 0;
        for (int i = 1; i < columns; i++) {
            String cell = cells.get(i);
            if (isUnitCell(cell)) {
                continue;
            }
            numbersSeen++;
            if (!BARE_NUMBER.matcher(cell).matches()) {
                continue;
            }
            String head = headerFits ? header.get(i) : "";
            if (MONTH_ONLY.matcher(head).find() && !head.contains("累计")) {
                continue; // 本月/当月: the month's own figure beside the cumulative one (1-本月累计) the gold reads
            }
            boolean growth = headerFits ? GROWTH_HEADER.matcher(head).find() : numbersSeen == 2;
            OptionalDouble v = ChineseNumerals.parse(cell.replace(",", "").replace("%", "").replace("+", ""));
            if (v.isEmpty()) {
                continue;
            }
            emit(label, cells, head, growth, v.getAsDouble(), unit, t, out);
        }
        return true;
    }

    private void emit(Match label, List<String> cells, String head, boolean growth, double number,
                      Optional<UnitNormaliser.Normalised> unit, String line, List<Metric> out) {
        ValueKind kind = label.indicator().kind();
        Measure measure;
        double value;
        String unitCode;
        if (growth) {
            if (kind == ValueKind.RATE) {
                return; // a rate's change is in percentage points, not a growth
            }
            measure = Measure.GROWTH;
            value = number;
            unitCode = UnitNormaliser.PERCENT;
        } else if (kind == ValueKind.RATE || kind == ValueKind.CHANGE) {
            measure = kind == ValueKind.RATE ? Measure.LEVEL : Measure.GROWTH;
            value = number;
            unitCode = UnitNormaliser.PERCENT;
        } else {
            if (unit.isEmpty()) {
                return;
            }
            measure = Measure.LEVEL;
            value = number * unit.get().factor();
            unitCode = unit.get().unit();
        }
        String headers = String.join(" ", header);
        // the year and period come from the header, else the caption line above the table, else the title
        String context = MetricText.normalise(ctx.title()) + " " + caption + " " + headers;
        Optional<Integer> year = TemporalCues.lastYear(context, ctx.anchorYear());
        if (year.isEmpty()) {
            year = ctx.anchorYear();
        }
        Optional<String> period = TemporalCues.lastPeriod(MetricText.normalise(headers))
                .or(() -> TemporalCues.lastPeriod(caption))
                .or(() -> TemporalCues.lastPeriod(MetricText.normalise(ctx.title())));
        Kind k = TARGET_HEADER.matcher(head).find() ? Kind.TARGET : Kind.ACTUAL;
        String raw = String.join(" ", cells);
        out.add(new Metric(label.indicator().code(), label.label(), k, year, period, measure, value, unitCode,
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), raw, line));
    }

    private Optional<UnitNormaliser.Normalised> unitOf(List<String> cells) {
        Matcher m = UNIT_IN_LABEL.matcher(cells.get(0));
        if (m.find()) {
            return UnitNormaliser.normalise(m.group(1));
        }
        for (int i = 1; i < cells.size(); i++) {
            if (isUnitCell(cells.get(i))) {
                return UnitNormaliser.normalise(cells.get(i));
            }
        }
        return Optional.empty();
    }

    private static boolean isUnitCell(String cell) {
        return cell.length() <= 4 && !BARE_NUMBER.matcher(cell).matches() && !EMPTY_CELL.matcher(cell).matches()
                && UnitNormaliser.normalise(cell).isPresent();
    }

    private boolean isHeader(List<String> cells) {
        int words = 0;
        for (String c : cells) {
            if (BARE_NUMBER.matcher(c).matches()) {
                return false;
            }
            if (HEADER_WORDS.matcher(c).find()) {
                words++;
            }
        }
        return words >= 2 && taxonomy.find(MetricText.normalise(cells.get(0))).isEmpty();
    }
}
