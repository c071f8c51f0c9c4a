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
 * Rows whose cells already carry units or words ("增长6.1%") are left to the sentence grammar. Not thread-safe:
 * one reader per article (it remembers the header).
 */
final class TableReader {
    private static final Pattern CELLS = Pattern.compile("[\\t\\u3000]+| {1,}");
    private static final Pattern BARE_NUMBER = Pattern.compile("^-?\\d+(?:,\\d{3})*(?:\\.\\d+)?$");
    private static final Pattern EMPTY_CELL = Pattern.compile("^[—–\\-/…]+$");
    private static final Pattern UNIT_IN_LABEL = Pattern.compile("[(（]([^()（）]{1,6})[)）]\\s*$");
    private static final Pattern GROWTH_HEADER = Pattern.compile("增长|增速|增幅|同比|±|%|比上年|比去年");
    private static final Pattern TARGET_HEADER = Pattern.compile("目标|预期|计划");
    private static final Pattern HEADER_WORDS = Pattern.compile("指标|项目|名称|单位|数值|绝对值|总量|增长|增速|同比|月|季度|年");

    private final IndicatorTaxonomy taxonomy;
    private final MetricContext ctx;
    private List<String> header = List.of();

    TableReader(IndicatorTaxonomy taxonomy, MetricContext ctx) {
        this.taxonomy = taxonomy;
        this.ctx = ctx;
    }

    /** Reads {@code line} as a header or a row; true when it was a table row whose figures were taken. */
    boolean read(String line, List<Metric> out) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 120 || t.indexOf('\t') < 0 && t.indexOf(' ') < 0 && t.indexOf('\u3000') < 0) {
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
            return false;
        }
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
            boolean growth = headerFits ? GROWTH_HEADER.matcher(head).find() : numbersSeen == 2;
            OptionalDouble v = ChineseNumerals.parse(cell.replace(",", ""));
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
        String context = MetricText.normalise(ctx.title()) + " " + headers;
        Optional<Integer> year = TemporalCues.lastYear(context, ctx.anchorYear());
        if (year.isEmpty()) {
            year = ctx.anchorYear();
        }
        Optional<String> period = TemporalCues.lastPeriod(MetricText.normalise(headers))
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
