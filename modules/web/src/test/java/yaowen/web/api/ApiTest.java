package yaowen.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import yaowen.stores.duckdb.DuckDbStore;
import yaowen.web.Servers;
import yaowen.web.WebServer;

/**
 * Every endpoint of docs/api.md and every parameter, good and bad values, against a real server over HTTP on a
 * real in-memory DuckDB store holding {@link ApiFixtures}.
 */
class ApiTest {
    static DuckDbStore store;
    static WebServer server;
    static Client client;
    /** The routes as the server declares them (the same objects validate its requests). */
    static List<Route> routes;

    @BeforeAll
    static void start() {
        store = DuckDbStore.inMemory();
        ApiFixtures.fill(store);
        server = Servers.start(store.reader(), Feed.Settings.DEFAULT, "yaowen/web/teststatic");
        client = new Client(server.uri());
        routes = new AnalystApi(store.reader(), r -> { }).routes();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** A value each parameter accepts, by name, else by type. */
    static final Map<String, String> GOOD = Map.of("region", "4102", "indicator", "GDP", "year", "2024", "limit", "2",
            "type", "ECONOMIC_WORK_CONFERENCE", "q", "龙亭", "period", "YEAR", "scope", "OWN", "meeting", ApiFixtures.M2025);

    static String good(Route route, Param p) {
        if (p.name().equals("region") && p.required()) {
            return "410202";
        }
        if (p.name().equals("meeting") && p.type() == Param.Type.BOOLEAN) {
            return "true";
        }
        if (GOOD.containsKey(p.name())) {
            return GOOD.get(p.name());
        }
        return switch (p.type()) {
            case CODE, CODES -> p.values().get(p.values().size() - 1);
            case INT -> String.valueOf(p.min() == null ? 1 : p.min());
            case DATE -> "2024-01-01";
            case BOOLEAN -> "true";
            case STRING -> "x";
            case CURSOR -> cursorOf(route);
        };
    }

    /** A real cursor of {@code route}'s first page of one row. */
    static String cursorOf(Route route) {
        JsonNode page = client.json(path(route) + "?limit=1" + required(route, ""));
        assertThat(page.get("next").isNull()).as(route.path() + " has a second page").isFalse();
        return page.get("next").asText();
    }

    static String bad(Param p) {
        return switch (p.type()) {
            case CODE, CODES -> "NOPE";
            case INT -> "12x";
            case DATE -> "2025-13-01";
            case BOOLEAN -> "maybe";
            case STRING -> p.pattern() == null ? null : "x!";
            case CURSOR -> "not-a-cursor";
        };
    }

    /** The route's path with its variable filled in. */
    static String path(Route route) {
        return route.path().replace("{key}", Http.encode(ApiFixtures.M2025)).replace("{id}", "a2");
    }

    /** {@code &name=value} for each required parameter but {@code except}. */
    static String required(Route route, String except) {
        StringBuilder q = new StringBuilder();
        for (Param p : route.params()) {
            if (p.required() && !p.name().equals(except)) {
                q.append('&').append(p.name()).append('=').append(Http.encode(good(route, p)));
            }
        }
        return q.toString();
    }

    static List<Route> plainRoutes() {
        return routes.stream().filter(r -> !r.path().equals("/api/feed")).toList();
    }

    @Test
    void everyParameterOfEveryEndpointTakesAGoodValueAndRefusesABadOneNamingIt() {
        int checked = 0;
        for (Route route : plainRoutes()) {
            for (Param p : route.params()) {
                String others = required(route, p.name());
                String goodUrl = path(route) + "?" + p.name() + "=" + Http.encode(good(route, p)) + others;
                HttpResponse<byte[]> ok = client.bytes(goodUrl);
                assertThat(ok.statusCode()).as(goodUrl + ": " + new String(ok.body(), java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(200);
                String bad = bad(p);
                if (bad != null) {
                    client.refused(path(route) + "?" + p.name() + "=" + Http.encode(bad) + others, p.name());
                }
                if (!p.repeatable()) {
                    String twice = good(route, p);
                    client.refused(path(route) + "?" + p.name() + "=" + Http.encode(twice) + "&" + p.name() + "="
                            + Http.encode(twice) + others, p.name());
                }
                if (p.required()) {
                    client.refused(path(route) + "?" + others.replaceFirst("^&", ""), p.name());
                }
                checked++;
            }
            client.refused(path(route) + "?bogus=1" + required(route, ""), "bogus");
            assertThat(client.get(path(route) + "?" + required(route, "").replaceFirst("^&", "")).statusCode())
                    .as(route.path()).isEqualTo(200);
        }
        assertThat(checked).as("parameters checked").isGreaterThan(50);
    }

    @Test
    void meetingsFilterSortAndPage() {
        assertThat(keys(client.json("/api/meetings?region=4102"))).containsExactly(ApiFixtures.M_SHUNHE, ApiFixtures.M2025,
                ApiFixtures.M2024);
        assertThat(keys(client.json("/api/meetings?type=PLENARY_SESSION,WORK_CONFERENCE")))
                .containsExactlyInAnyOrder(ApiFixtures.M_SHUNHE, ApiFixtures.M_JIANGAN);
        assertThat(keys(client.json("/api/meetings?from=2024-01-01&to=2024-12-31")))
                .containsExactlyInAnyOrder(ApiFixtures.M2024, ApiFixtures.M_ZHONGYUAN);
        assertThat(keys(client.json("/api/meetings?q=%E9%A1%BA%E6%B2%B3"))).containsExactly(ApiFixtures.M_SHUNHE);
        assertThat(keys(client.json("/api/meetings?sort=date"))).first().isEqualTo(ApiFixtures.M_JIANGAN);

        JsonNode first = client.json("/api/meetings?limit=2&region=41");
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("nextUrl").asText()).startsWith("/api/meetings?limit=2&region=41&cursor=");
        JsonNode second = client.json(first.get("nextUrl").asText());
        List<String> all = new ArrayList<>(keys(first));
        all.addAll(keys(second));
        assertThat(all).containsExactly(ApiFixtures.M_SHUNHE, ApiFixtures.M2025, ApiFixtures.M_ZHONGYUAN, ApiFixtures.M2024);
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(second.get("nextUrl").isNull()).isTrue();

        JsonNode m = first.get("items").get(1);
        assertThat(m.get("typeNames").get(0).asText()).isEqualTo("经济工作会议");
        assertThat(m.get("region").get("label").asText()).isEqualTo("河南省开封市龙亭区");
        assertThat(m.get("people").get(0).get("name").asText()).isEqualTo("王三");
        assertThat(m.get("sources").get(0).get("articleId").asText()).isEqualTo("a2");
    }

    @Test
    void aCursorOfAnotherQueryOrSortIsRefused() {
        String next = client.json("/api/meetings?limit=1").get("next").asText();
        client.refused("/api/meetings?limit=1&sort=region&cursor=" + Http.encode(next), "cursor");
        client.refused("/api/metrics?limit=1&cursor=" + Http.encode(next), "cursor");
        String targets = client.json("/api/targets?limit=1").get("next").asText();
        client.refused("/api/targets?limit=1&sort=year&cursor=" + Http.encode(targets), "cursor");
        client.refused("/api/targets?cursor=" + Http.encode(next), "cursor");
    }

    @Test
    void metricsFilterOnEveryField() {
        assertThat(keys(client.json("/api/metrics?kind=TARGET&limit=100")))
                .containsExactlyInAnyOrder("t-gdp-2024", "t-retail-2024", "t-gdp-2025");
        assertThat(keys(client.json("/api/metrics?indicator=RETAIL_SALES")))
                .containsExactlyInAnyOrder("t-retail-2024", "x-retail-2024");
        assertThat(keys(client.json("/api/metrics?measure=LEVEL"))).containsExactly("x-gdp-level-2024");
        assertThat(keys(client.json("/api/metrics?year=2023"))).containsExactly("x-gdp-2023-jiangan");
        assertThat(keys(client.json("/api/metrics?region=42"))).containsExactly("x-gdp-2023-jiangan");
        assertThat(keys(client.json("/api/metrics?type=STANDING_COMMITTEE"))).containsExactly("x-gdp-2024-zhongyuan");
        assertThat(keys(client.json("/api/metrics?meeting=" + Http.encode(ApiFixtures.M2024))))
                .containsExactlyInAnyOrder("t-gdp-2024", "t-retail-2024");
        assertThat(keys(client.json("/api/metrics?article=a2&limit=100")))
                .as("every figure read from a2, the one a statistics release stands for included")
                .containsExactlyInAnyOrder("x-gdp-2024", "x-retail-2024", "t-gdp-2025");
        JsonNode gdp = client.json("/api/metrics?indicator=GDP&kind=ACTUAL&year=2024&region=410202&measure=GROWTH")
                .get("items").get(0);
        assertThat(gdp.get("key").asText()).isEqualTo("x-gdp-2024");
        assertThat(gdp.get("display").asText()).isEqualTo("增长 6.5%");
        assertThat(gdp.get("kindName").asText()).isEqualTo("实际");
        assertThat(gdp.get("measureName").asText()).isEqualTo("增速");
        assertThat(gdp.get("reports")).extracting(r -> r.get("standing").asText()).containsExactlyInAnyOrder("STATISTICS", "MEETING");
        assertThat(client.json("/api/metrics?sort=-value&limit=1").get("items").get(0).get("key").asText())
                .isEqualTo("x-gdp-level-2024");
    }

    @Test
    void articlesListWithoutBodiesAndOneArticleWithItsFiguresHighlighted() {
        JsonNode list = client.json("/api/articles?meeting=false");
        assertThat(keys(list, "id")).containsExactly("a5");
        assertThat(list.get("items").get(0).has("body")).isFalse();
        assertThat(keys(client.json("/api/articles?site=shunhe"), "id")).containsExactly("a3");
        assertThat(keys(client.json("/api/articles?meeting=true&region=4102&limit=100"), "id"))
                .containsExactlyInAnyOrder("a1", "a2", "a3");

        JsonNode a2 = client.json("/api/articles/a2");
        assertThat(a2.get("body").asText()).isEqualTo(ApiFixtures.BODY_A2);
        assertThat(a2.get("meetingKeys").get(0).asText()).isEqualTo(ApiFixtures.M2025);
        assertThat(keys(a2.get("metrics"), "key")).containsExactlyInAnyOrder("x-gdp-2024", "x-retail-2024", "t-gdp-2025");
        String body = a2.get("body").asText();
        List<String> marked = new ArrayList<>();
        for (JsonNode h : a2.get("highlights")) {
            marked.add(h.get("metricKey").asText() + "=" + body.substring(h.get("start").asInt(), h.get("end").asInt()));
        }
        assertThat(marked).as("the meeting report's phrase of the figure the statistics release stands for too")
                .containsExactly("x-gdp-2024=增长6.5%", "x-retail-2024=增长5%", "t-gdp-2025=增长6%左右");
        assertThat(client.get("/api/articles/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void peopleByNameRoleAndRegion() {
        assertThat(keys(client.json("/api/people?name=%E6%9D%8E%E4%BA%8C"), "meetingKey"))
                .containsExactly(ApiFixtures.M2025, ApiFixtures.M2024);
        JsonNode secretaries = client.json("/api/people?role=%E4%B9%A6%E8%AE%B0&region=4102&sort=name&limit=100");
        assertThat(keys(secretaries, "name")).containsExactlyInAnyOrder("张一", "王三", "赵四");
        assertThat(secretaries.get("items").get(0).get("region").get("label").asText()).startsWith("河南省开封市");
    }

    @Test
    void regionsAreATreeWithCountsRolledUp() {
        JsonNode roots = client.json("/api/regions").get("items");
        JsonNode henan = StreamSupport.stream(roots.spliterator(), false).filter(n -> n.get("code").asText().equals("410000"))
                .findFirst().orElseThrow();
        assertThat(henan.get("name").asText()).isEqualTo("河南省");
        assertThat(henan.get("meetings").asLong()).isEqualTo(4);
        JsonNode kaifeng = StreamSupport.stream(henan.get("children").spliterator(), false)
                .filter(n -> n.get("code").asText().equals("410200")).findFirst().orElseThrow();
        assertThat(kaifeng.get("children")).extracting(n -> n.get("code").asText()).containsExactly("410202", "410203");
        assertThat(kaifeng.get("children").get(0).get("metrics").asLong()).isEqualTo(6);
    }

    @Test
    void leadersShowTheChangeOfSecretary() {
        JsonNode leaders = client.json("/api/leaders?region=410202");
        assertThat(leaders.get("region").get("name").asText()).isEqualTo("龙亭区");
        JsonNode secretary = leaders.get("offices").get(0);
        assertThat(secretary.get("office").asText()).isEqualTo("PARTY_SECRETARY");
        assertThat(secretary.get("officeName").asText()).isEqualTo("党委书记");
        assertThat(secretary.get("terms")).extracting(t -> t.get("name").asText() + " " + t.get("from").asText())
                .containsExactly("张一 2024-01-20", "王三 2025-01-25");
        assertThat(secretary.get("terms").get(1).get("meetings").get(0).asText()).isEqualTo(ApiFixtures.M2025);
        JsonNode head = leaders.get("offices").get(1);
        assertThat(head.get("office").asText()).isEqualTo("GOVERNMENT_HEAD");
        assertThat(head.get("terms")).as("a title with its parent regions in front (开封市龙亭区区长) is the same office")
                .extracting(t -> t.get("name").asText() + " " + t.get("from").asText() + " " + t.get("to").asText())
                .containsExactly("李二 2024-01-20 2025-01-25");
        client.refused("/api/leaders?region=41", "region");
    }

    @Test
    void targetsAreMetMissedOrPendingAndPage() {
        JsonNode all = client.json("/api/targets?region=410202&limit=100");
        assertThat(all.get("items")).extracting(t -> t.get("target").get("key").asText() + " " + t.get("verdict").asText())
                .containsExactlyInAnyOrder("t-gdp-2024 MET", "t-retail-2024 MISSED", "t-gdp-2025 PENDING");
        JsonNode met = client.json("/api/targets?verdict=MET").get("items");
        assertThat(met).hasSize(1);
        assertThat(met.get(0).get("actual").get("key").asText()).isEqualTo("x-gdp-2024");
        assertThat(met.get(0).get("verdictName").asText()).isEqualTo("完成");
        assertThat(met.get(0).get("gap").asDouble()).isEqualTo(0.5);
        assertThat(client.json("/api/targets?verdict=PENDING").get("items").get(0).get("actual").isNull()).isTrue();

        JsonNode page = client.json("/api/targets?limit=2&sort=-year");
        assertThat(page.get("items").get(0).get("year").asInt()).isEqualTo(2025);
        JsonNode rest = client.json(page.get("nextUrl").asText());
        assertThat(rest.get("items")).hasSize(1);
        assertThat(rest.get("next").isNull()).isTrue();
    }

    @Test
    void seriesAndCompare() {
        JsonNode series = client.json("/api/series?region=410202&indicator=GDP");
        assertThat(series.get("measure").asText()).isEqualTo("GROWTH");
        assertThat(series.get("unit").asText()).isEqualTo("PERCENT");
        assertThat(series.get("points")).extracting(p -> p.get("year").asInt() + ":" + p.get("target").asText() + "/"
                + p.get("actual").asText()).containsExactly("2024:6.0/6.5", "2025:6.0/null");
        client.refused("/api/series?region=410202", "indicator");

        JsonNode compare = client.json("/api/compare?indicator=GDP&year=2024");
        assertThat(compare.get("items")).extracting(i -> i.get("region").get("code").asText() + " " + i.get("value").asDouble())
                .containsExactly("410102 7.1", "410202 6.5", "410203 5.2");
        assertThat(compare.get("items").get(0).get("region").get("label").asText()).isEqualTo("河南省郑州市中原区");
        assertThat(client.json("/api/compare?indicator=GDP&year=2024&region=4102").get("items")).hasSize(2);
        assertThat(client.json("/api/compare?indicator=GDP&year=2024&measure=LEVEL").get("items").get(0).get("display").asText())
                .isEqualTo("250 亿元");
    }

    @Test
    void vocabularyAndStats() {
        JsonNode vocabulary = client.json("/api/vocabulary");
        assertThat(vocabulary.fieldNames()).toIterable()
                .containsExactly("meetingTypes", "indicators", "kinds", "measures", "qualifiers", "units", "verdicts", "offices");
        assertThat(vocabulary.get("meetingTypes")).anySatisfy(t -> {
            assertThat(t.get("code").asText()).isEqualTo("PLENARY_SESSION");
            assertThat(t.get("zh").asText()).isEqualTo("全会");
            assertThat(t.get("en").asText()).isEqualTo("Plenary session");
        });
        assertThat(vocabulary.get("verdicts").get(0).get("en").asText()).isEqualTo(yaowen.analytics.Verdict.MET.english());
        assertThat(vocabulary.get("kinds")).extracting(k -> k.get("code").asText() + " " + k.get("zh").asText() + " "
                + k.get("en").asText()).containsExactly("ACTUAL 实际 Actual", "TARGET 目标 Target");
        assertThat(client.json("/api/stats").get("tables").get("meeting").asLong()).isEqualTo(5);
    }

    static List<String> keys(JsonNode page) {
        return keys(page, "key");
    }

    static List<String> keys(JsonNode pageOrArray, String field) {
        JsonNode array = pageOrArray.has("items") ? pageOrArray.get("items") : pageOrArray;
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }
}
