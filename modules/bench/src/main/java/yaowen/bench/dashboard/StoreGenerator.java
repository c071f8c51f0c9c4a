package yaowen.bench.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills an empty Yaowen store (schema already migrated) with a large, plausible history: meetings across many
 * counties of several cities and provinces over eight years, each reported by one article with three people,
 * and metrics (targets and actuals, levels and growth, several indicators) for each meeting, each with one report.
 *
 * <p>Writes straight into the tables with batched JDBC inserts, not through the store's upserts: the point is a
 * big store quickly (the sink's speed is {@code bench sink}'s subject), so this class knows the table layout of
 * the Flyway migrations and must follow them. Deterministic for a seed.
 */
final class StoreGenerator {
    static final List<String> INDICATORS = List.of("GDP", "PUBLIC_BUDGET_REVENUE", "FIXED_ASSET_INVESTMENT",
            "RETAIL_SALES", "INDUSTRIAL_VALUE_ADDED", "TAX_REVENUE", "DISPOSABLE_INCOME_PER_CAPITA", "IMPORT_EXPORT");
    static final String[] LABELS = {"生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额", "规上工业增加值",
            "税收收入", "居民人均可支配收入", "进出口总额"};
    private static final String[] PROVINCES = {"41", "42", "43"};
    private static final String[] PROVINCE_NAMES = {"河南省", "湖北省", "湖南省"};
    private static final String[] TYPES = {"ECONOMIC_WORK_CONFERENCE", "WORK_CONFERENCE", "THREE_LEVEL_CADRE",
            "PLENARY_SESSION", "PEOPLES_CONGRESS", "CPPCC_SESSION"};
    private static final String[] TYPE_NAMES = {"经济工作会议", "工作会议", "三级干部会议", "全会", "人民代表大会", "政协会议"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建国", "志强", "海涛", "晓明", "国华", "丽娟", "新民", "卫东", "红梅", "文军"};

    /** A county of the generated country: code, name and the path from province down. */
    record County(String code, String name, List<String> path) {
    }

    private final Random random;

    StoreGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** 3 provinces × 10 cities × 12 counties. */
    static List<County> counties() {
        List<County> out = new ArrayList<>();
        for (int p = 0; p < PROVINCES.length; p++) {
            for (int c = 1; c <= 10; c++) {
                String city = String.format("%s%02d", PROVINCES[p], c);
                String cityName = "第" + c + "市";
                for (int k = 1; k <= 12; k++) {
                    String code = String.format("%s%02d", city, k);
                    String name = cityName + k + "区";
                    out.add(new County(code, name, List.of(PROVINCE_NAMES[p], cityName, name)));
                }
            }
        }
        return out;
    }

    /** Writes {@code meetings} meetings (and as many articles) and {@code metrics} metrics; returns rows written. */
    long fill(Connection c, int meetings, int metrics) throws SQLException {
        List<County> counties = counties();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        long rows = 0;
        try (PreparedStatement article = c.prepareStatement("INSERT INTO article (id, url, site_id, title, published_at,"
                + " source, authors, body, script, charset, charset_source, simhash, content_hash, fetched_at_ms,"
                + " site_region_code, stored_at_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement meeting = c.prepareStatement("INSERT INTO meeting (meeting_key, article_id, url, title,"
                     + " types, deciding_cue, name, meeting_date, region_code, region_name, region_path, format,"
                     + " congress, plenary, enlarged, review_year, plan_year, published_at, stored_at_ms)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement person = c.prepareStatement("INSERT INTO meeting_person (meeting_key, ordinal, name,"
                     + " role, roles, part) VALUES (?,?,?,?,?,?)");
             PreparedStatement source = c.prepareStatement("INSERT INTO meeting_source (meeting_key, ordinal,"
                     + " article_id, url, site_id, title, published_at) VALUES (?,?,?,?,?,?,?)");
             PreparedStatement metric = c.prepareStatement("INSERT INTO metric (metric_key, article_id, url,"
                     + " meeting_key, region_code, region_name, indicator, label, kind, year, period, measure, value,"
                     + " unit, qualifier, range_min, range_max, scope, preliminary, rank_scope, rank, versus_scope,"
                     + " versus_delta_pp, raw, evidence, stored_at_ms, conflict)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement evidence = c.prepareStatement("INSERT INTO metric_evidence (metric_key, ordinal,"
                     + " article_id, url, meeting_key, standing, value, qualifier, range_min, range_max, preliminary,"
                     + " raw, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int metricsPerMeeting = Math.max(1, (metrics + meetings - 1) / meetings);
            int written = 0;
            for (int m = 0; m < meetings; m++) {
                County county = counties.get(m % counties.size());
                int year = 2019 + random.nextInt(8);
                LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                int type = random.nextInt(TYPES.length);
                String key = county.code() + "|" + date + "|" + TYPES[type] + "|" + m;
                String articleId = "gen-" + m;
                String url = "http://www.gen" + county.code() + ".gov.cn/news/" + m + ".html";
                String title = county.name() + "召开" + (year) + "年" + TYPE_NAMES[type];
                String published = date.plusDays(1) + "T09:30";
                long stored = 1_600_000_000_000L + m * 1000L;
                String body = (county.name() + "召开" + TYPE_NAMES[type] + "，总结过去一年工作，部署今年重点任务。"
                        + "全区生产总值增长" + (5 + random.nextInt(30) / 10.0) + "%。").repeat(8);
                int i = 1;
                article.setString(i++, articleId);
                article.setString(i++, url);
                article.setString(i++, "gen" + county.code());
                article.setString(i++, title);
                article.setString(i++, published);
                article.setString(i++, county.name() + "人民政府");
                article.setString(i++, "");
                article.setString(i++, body);
                article.setString(i++, "zh-Hans");
                article.setString(i++, "UTF-8");
                article.setString(i++, "HEADER");
                article.setString(i++, "0123456789abcdef");
                article.setString(i++, Integer.toHexString(m));
                article.setLong(i++, stored);
                article.setString(i++, county.code());
                article.setLong(i, stored);
                article.addBatch();
                i = 1;
                meeting.setString(i++, key);
                meeting.setString(i++, articleId);
                meeting.setString(i++, url);
                meeting.setString(i++, title);
                meeting.setString(i++, TYPES[type]);
                meeting.setString(i++, TYPE_NAMES[type]);
                meeting.setString(i++, county.name() + year + "年" + TYPE_NAMES[type]);
                meeting.setObject(i++, date);
                meeting.setString(i++, county.code());
                meeting.setString(i++, county.name());
                meeting.setString(i++, String.join("/", county.path()));
                meeting.setString(i++, null);
                meeting.setObject(i++, null);
                meeting.setObject(i++, null);
                meeting.setObject(i++, null);
                meeting.setInt(i++, year - 1);
                meeting.setInt(i++, year);
                meeting.setString(i++, published);
                meeting.setLong(i, stored);
                meeting.addBatch();
                String[] roles = {county.name().substring(county.name().length() - 1) + "委书记", "区长", "区委副书记"};
                for (int p = 0; p < 3; p++) {
                    person.setString(1, key);
                    person.setInt(2, p);
                    person.setString(3, SURNAMES[(m / 97 + p * 3) % SURNAMES.length] + GIVEN[(m / 89 + p) % GIVEN.length]);
                    person.setString(4, roles[p]);
                    person.setString(5, roles[p]);
                    person.setString(6, p == 0 ? "SPOKE" : "ATTENDED");
                    person.addBatch();
                }
                source.setString(1, key);
                source.setInt(2, 0);
                source.setString(3, articleId);
                source.setString(4, url);
                source.setString(5, "gen" + county.code());
                source.setString(6, title);
                source.setString(7, published);
                source.addBatch();
                rows += 6;
                for (int k = 0; k < metricsPerMeeting && written < metrics; k++, written++) {
                    int ind = (m + k) % INDICATORS.size();
                    boolean target = k % 2 == 0;
                    boolean growth = k % 4 < 2;
                    double value = growth ? Math.round((target ? 6 : 4 + random.nextDouble() * 4) * 10) / 10.0
                            : Math.round(random.nextDouble() * 500) * 1e8;
                    String mkey = county.code() + "|" + INDICATORS.get(ind) + "|" + (target ? "TARGET" : "ACTUAL") + "|"
                            + year + "|" + (growth ? "GROWTH" : "LEVEL") + "|" + m + "|" + k;
                    String raw = LABELS[ind] + (growth ? "增长" + value + "%" : "达到" + (value / 1e8) + "亿元");
                    i = 1;
                    metric.setString(i++, mkey);
                    metric.setString(i++, articleId);
                    metric.setString(i++, url);
                    metric.setString(i++, key);
                    metric.setString(i++, county.code());
                    metric.setString(i++, county.name());
                    metric.setString(i++, INDICATORS.get(ind));
                    metric.setString(i++, LABELS[ind]);
                    metric.setString(i++, target ? "TARGET" : "ACTUAL");
                    metric.setInt(i++, target ? year : year - 1);
                    metric.setString(i++, null);
                    metric.setString(i++, growth ? "GROWTH" : "LEVEL");
                    metric.setDouble(i++, value);
                    metric.setString(i++, growth ? "PERCENT" : "CNY");
                    metric.setString(i++, target ? "APPROX" : null);
                    metric.setObject(i++, null);
                    metric.setObject(i++, null);
                    metric.setString(i++, null);
                    metric.setBoolean(i++, false);
                    metric.setString(i++, null);
                    metric.setObject(i++, null);
                    metric.setString(i++, null);
                    metric.setObject(i++, null);
                    metric.setString(i++, raw);
                    metric.setString(i++, "全区" + raw + "。");
                    metric.setLong(i++, stored);
                    metric.setBoolean(i, false);
                    metric.addBatch();
                    i = 1;
                    evidence.setString(i++, mkey);
                    evidence.setInt(i++, 0);
                    evidence.setString(i++, articleId);
                    evidence.setString(i++, url);
                    evidence.setString(i++, key);
                    evidence.setString(i++, "MEETING");
                    evidence.setDouble(i++, value);
                    evidence.setString(i++, target ? "APPROX" : null);
                    evidence.setObject(i++, null);
                    evidence.setObject(i++, null);
                    evidence.setBoolean(i++, false);
                    evidence.setString(i++, raw);
                    evidence.setString(i, "全区" + raw + "。");
                    evidence.addBatch();
                    rows += 2;
                }
                if (m % 500 == 499 || m == meetings - 1) {
                    for (PreparedStatement ps : List.of(article, meeting, person, source, metric, evidence)) {
                        ps.executeBatch();
                    }
                    c.commit();
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return rows;
    }
}
