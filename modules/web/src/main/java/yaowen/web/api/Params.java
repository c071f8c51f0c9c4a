package yaowen.web.api;

import java.util.ArrayList;
import java.util.List;
import yaowen.stores.Paging;

/** The parameters several endpoints share, declared once. */
final class Params {
    /** Rows an export may hold at most; beyond, the client is asked to narrow the filter. */
    static final int EXPORT_CAP = 100_000;
    static final List<String> FORMATS = List.of("json", "csv", "parquet", "xlsx");

    static final Param REGION = Param.string("region", "地区代码的前几位：41 为省，4102 为市，410202 为区县",
            "leading digits of a GB/T 2260 region code: 41 a province, 4102 a city, 410202 a county").matching("\\d{1,12}");
    /** One region's full code, for the endpoints about one region. */
    static final Param ONE_REGION = Param.string("region", "一个地区的完整代码，如 410202",
            "one region's full GB/T 2260 code, e.g. 410202").matching("\\d{6}(\\d{3}){0,2}").asRequired();
    static final Param FROM = Param.date("from", "起始日期（含），如 2025-01-01", "on or after this ISO date");
    static final Param TO = Param.date("to", "截止日期（含），如 2025-12-31", "on or before this ISO date");
    static final Param Q = Param.string("q", "要查找的字词（不区分大小写的子串）", "words to find (case-insensitive substring)");
    static final Param MEETING_TYPES = Param.codes("type", Names.MEETING_TYPES, "会议类型代码，可重复或用逗号分隔",
            "meeting type codes, repeatable or comma-separated");
    static final Param INDICATORS = Param.codes("indicator", Names.INDICATORS, "指标代码，可重复或用逗号分隔",
            "indicator codes, repeatable or comma-separated");
    static final Param INDICATOR = Param.code("indicator", Names.INDICATORS, "指标代码", "indicator code").asRequired();
    static final Param KIND = Param.code("kind", Names.KINDS, "实际（ACTUAL）或目标（TARGET）", "ACTUAL or TARGET");
    static final Param MEASURE = Param.code("measure", Names.MEASURES, "总量（LEVEL）或增速（GROWTH）", "LEVEL or GROWTH");
    static final Param YEAR = Param.integer("year", 1949, 2100, "数据所属年份", "the year the figure belongs to");
    static final Param LIMIT = Param.integer("limit", 1, Paging.MAX_LIMIT, "每页条数", "rows per page")
            .withDefault(String.valueOf(Paging.DEFAULT_LIMIT));
    static final Param CURSOR = Param.cursor("cursor", "上一页返回的 next", "the next of the previous page");
    static final Param FORMAT = Param.code("format", FORMATS,
            "json（默认，分页）或导出全部结果：csv、parquet、xlsx",
            "json (default, one page) or the whole result as a download: csv, parquet, xlsx").withDefault("json");

    private Params() {
    }

    /** {@code sort}: each name ascending or, with {@code -} in front, descending. */
    static Param sort(List<String> sorts, String defaultSort) {
        List<String> values = new ArrayList<>();
        for (String s : sorts) {
            values.add(s);
            values.add("-" + s);
        }
        return Param.code("sort", values, "排序字段，前加 - 为降序", "sort name, - in front for descending")
                .withDefault(defaultSort);
    }

    /** A list endpoint's parameters: its filters, then limit, cursor, sort and format. */
    static List<Param> list(List<Param> filters, List<String> sorts, String defaultSort) {
        List<Param> all = new ArrayList<>(filters);
        all.addAll(List.of(LIMIT, CURSOR, sort(sorts, defaultSort), FORMAT));
        return List.copyOf(all);
    }
}
