package yaowen.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import yaowen.analytics.Highlights;
import yaowen.analytics.Quote;
import yaowen.analytics.Span;
import yaowen.stores.ArticleQuery;
import yaowen.stores.ArticleRow;
import yaowen.stores.EvidenceRow;
import yaowen.stores.MeetingQuery;
import yaowen.stores.MeetingRow;
import yaowen.stores.MetricQuery;
import yaowen.stores.MetricRow;
import yaowen.stores.PeopleQuery;
import yaowen.stores.PersonAppearance;
import yaowen.stores.StoreReader;

/**
 * The analyst's HTTP API (docs/api.md): the routing table of every {@code GET /api/…} endpoint and
 * {@code /openapi.json}, each with the parameters it accepts. {@link #handle} validates a request against its
 * route's parameters before the handler runs, so a bad request is a 400 naming the parameter, and a path no route
 * has is a 404. Thread-safe: handlers only read the store.
 */
public final class AnalystApi {
    /** Rows of one article's metrics read for its page at most. */
    private static final int ARTICLE_METRICS_CAP = 10_000;
    /**
     * Exports written at once at most, beyond which a client gets a 503: an export holds a server thread while its
     * client reads, so slow readers can hold no more than these.
     */
    public static final int EXPORTS_AT_ONCE = 2;
    private final StoreReader store;
    private final Analyses analyses;
    private final List<Route> routes;

    /** Routes over {@code store}; {@code feed} answers {@code /api/feed}. */
    public AnalystApi(StoreReader store, Route.Handler feed) {
        this.store = Objects.requireNonNull(store, "store");
        this.analyses = new Analyses(store);
        this.routes = routes(Objects.requireNonNull(feed, "feed"));
    }

    public List<Route> routes() {
        return routes;
    }

    /** The route and raw path variable for {@code rawPath}, if one serves it. */
    public Optional<Route> route(String rawPath) {
        return routes.stream().filter(r -> r.match(rawPath).isPresent()).findFirst();
    }

    /**
     * Answers {@code exchange} if one of the routes serves its path: 405 for a method other than GET (or HEAD),
     * 400 for bad parameters, else the handler's answer. False when no route serves the path.
     */
    public boolean handle(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        for (Route route : routes) {
            Optional<String> variable = route.match(rawPath);
            if (variable.isEmpty()) {
                continue;
            }
            Http.requireGetOrHead(exchange);
            Args args = Args.parse(route.params(), exchange.getRequestURI().getRawQuery());
            String decoded = route.variable().isPresent() ? Http.decodeSegment(variable.get()) : null;
            route.handler().handle(new Route.Request(exchange, args, decoded));
            return true;
        }
        return false;
    }

    private List<Route> routes(Route.Handler feed) {
        Exports exports = new Exports(EXPORTS_AT_ONCE, Exporter.all());
        Listing<MeetingRow> meetings = new Listing<>("meetings", (a, p) -> store.meetings(new MeetingQuery(a.string("region"),
                a.codes("type"), a.date("from"), a.date("to"), a.string("q")), p), Json::meeting, Column.MEETING, null, exports);
        Listing<MetricRow> metrics = new Listing<>("metrics", (a, p) -> store.metrics(metricQuery(a), p), Json::metric,
                Column.METRIC, null, exports);
        Listing<ArticleRow> articles = new Listing<>("articles", (a, p) -> store.articles(new ArticleQuery(a.string("region"),
                a.string("site"), a.date("from"), a.date("to"), a.string("q"), a.bool("meeting")), p), Json::article,
                Column.ARTICLE, null, exports);
        Listing<PersonAppearance> people = new Listing<>("people", (a, p) -> store.people(new PeopleQuery(
                a.string("region"), a.string("name"), a.string("role"), a.date("from"), a.date("to")), p), Json::person,
                Column.PERSON, null, exports);
        Listing<Analyses.Target> targets = new Listing<>("targets", analyses::targetPage,
                t -> Json.target(t.outcome(), t.target(), t.actual()), Column.TARGET, analyses::targets, exports);

        List<Route> all = new ArrayList<>();
        all.add(new Route("/api/meetings", "会议列表", "meetings", Params.list(List.of(Params.REGION, Params.MEETING_TYPES,
                Params.FROM, Params.TO, Params.Q), MeetingQuery.SORTS, MeetingQuery.DEFAULT_SORT), "MeetingList", meetings::answer));
        all.add(new Route("/api/meetings/{key}", "一次会议及其数据", "one meeting with its figures", List.of(), "MeetingWithMetrics",
                this::meeting));
        all.add(new Route("/api/metrics", "经济数据列表（所有文章）", "figures, from every article", Params.list(List.of(
                Params.REGION, Params.MEETING_TYPES.withDescription("会议类型代码：只看这些会议的数据", "meeting type codes: figures of such meetings only"),
                Params.FROM, Params.TO, Params.Q, Params.INDICATORS, Params.KIND, Params.MEASURE, Params.YEAR,
                Param.string("period", "YEAR 为全年，或期间代码（H1、Q1-Q3 …）", "YEAR for whole-year figures, else a period code (H1, Q1-Q3 …)")
                        .matching("[A-Z0-9-]{1,16}"),
                Param.string("scope", "OWN 为地区本身，否则为下辖片区名称", "OWN for the region itself, else a sub-area's name"),
                Param.string("meeting", "会议键：只看这次会议的数据", "a meeting key: its figures only"),
                Param.string("article", "文章 id：只看从这篇文章读出的数据", "an article id: figures read from it only")),
                MetricQuery.SORTS, MetricQuery.DEFAULT_SORT), "MetricList", metrics::answer));
        all.add(new Route("/api/articles", "文章列表", "articles", Params.list(List.of(Params.REGION,
                Param.string("site", "发布网站 id", "the publishing site's id"), Params.FROM, Params.TO, Params.Q,
                Param.bool("meeting", "true 只看报道会议的文章，false 只看其余", "true: articles reporting a meeting only; false: the others")),
                ArticleQuery.SORTS, ArticleQuery.DEFAULT_SORT), "ArticleList", articles::answer));
        all.add(new Route("/api/articles/{id}", "一篇文章：正文、数据及其在正文中的位置", "one article: body, figures and where they sit",
                List.of(), "ArticleInFull", this::article));
        all.add(new Route("/api/people", "会议报道中出现的人物", "people named in meeting reports", Params.list(List.of(
                Params.REGION, Param.string("name", "姓名（子串）", "name (substring)"),
                Param.string("role", "职务（子串，如 书记、区长）", "office (substring, e.g. 书记, 区长)"), Params.FROM, Params.TO),
                PeopleQuery.SORTS, PeopleQuery.DEFAULT_SORT), "PersonList", people::answer));
        all.add(new Route("/api/regions", "地区树（省、市、区县）及数量", "the region tree with counts", List.of(), "RegionTree",
                r -> Http.json(r.exchange(), 200, analyses.regions())));
        all.add(new Route("/api/leaders", "一个地区的领导任职时间线", "one region's leadership timeline", List.of(Params.ONE_REGION),
                "Leaders", r -> Http.json(r.exchange(), 200, analyses.leaders(r.args().string("region")))));
        all.add(new Route("/api/targets", "目标与完成情况", "targets against outcomes", Params.list(List.of(
                Params.REGION, Params.INDICATORS, Params.YEAR, Params.MEASURE,
                Param.code("verdict", Names.VERDICTS, "完成（MET）、未完成（MISSED）、待公布（PENDING）", "MET, MISSED or PENDING")),
                Analyses.TARGET_SORTS, "region"), "TargetList", targets::answer));
        all.add(new Route("/api/series", "一个地区一项指标历年的目标与实际", "one region's target and actual of an indicator by year",
                List.of(Params.ONE_REGION, Params.INDICATOR, Params.MEASURE.withDefault("GROWTH")), "Series",
                r -> Http.json(r.exchange(), 200, analyses.series(r.args().string("region"), r.args().string("indicator"),
                        r.args().string("measure")))));
        all.add(new Route("/api/compare", "一年一项指标各地区对比", "one indicator and year across regions",
                List.of(Params.INDICATOR, Params.YEAR.asRequired(), Params.KIND.withDefault("ACTUAL"),
                        Params.MEASURE.withDefault("GROWTH"), Params.REGION), "Compare",
                r -> Http.json(r.exchange(), 200, analyses.compare(r.args().string("region"), r.args().string("indicator"),
                        r.args().integer("year"), r.args().string("kind"), r.args().string("measure")))));
        all.add(new Route("/api/vocabulary", "代码及其中英文名称", "codes with their Chinese and English names", List.of(),
                "Vocabulary", r -> Http.json(r.exchange(), 200, vocabulary())));
        all.add(new Route("/api/feed", "新会议的服务器推送事件流（支持 Last-Event-ID）",
                "server-sent events of new and updated meetings (Last-Event-ID honoured)", List.of(), "Feed", feed));
        all.add(new Route("/api/stats", "各表行数", "rows per table", List.of(), "Stats",
                r -> Http.json(r.exchange(), 200, Json.stats(store.rowCounts(), store.stats()))));
        all.add(new Route("/openapi.json", "本 API 的 OpenAPI 3.1 描述", "this API described in OpenAPI 3.1", List.of(),
                "OpenApi", r -> Http.json(r.exchange(), 200, OpenApi.document(this.routes))));
        return List.copyOf(all);
    }

    private static MetricQuery metricQuery(Args a) {
        return new MetricQuery(a.string("region"), a.codes("type"), a.date("from"), a.date("to"), a.codes("indicator"),
                a.string("kind"), a.string("measure"), a.integer("year"), a.string("period"), a.string("scope"), a.string("q"),
                a.string("meeting"), a.string("article"));
    }

    private void meeting(Route.Request r) throws IOException {
        MeetingRow m = store.meeting(r.variable()).orElseThrow(() -> ApiError.notFound("没有键为 " + Http.shown(r.variable()) + " 的会议",
                "no meeting with key " + Http.shown(r.variable())));
        ObjectNode root = Json.object();
        root.set("meeting", Json.meeting(m));
        ArrayNode metrics = root.putArray("metrics");
        store.metricsOfMeeting(m.key()).forEach(x -> metrics.add(Json.metric(x)));
        Http.json(r.exchange(), 200, root);
    }

    private void article(Route.Request r) throws IOException {
        String id = r.variable();
        ArticleRow a = store.article(id).orElseThrow(() -> ApiError.notFound("没有 id 为 " + Http.shown(id) + " 的文章",
                "no article with id " + Http.shown(id)));
        MetricQuery query = new MetricQuery(null, List.of(), null, null, List.of(), null, null, null, null, null, null, null, id);
        List<MetricRow> metrics = Analyses.all("indicator", p -> store.metrics(query, p), ARTICLE_METRICS_CAP);
        List<Quote> quotes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (MetricRow m : metrics) {
            for (Quote q : quotesFrom(m, id)) {
                quotes.add(q);
                keys.add(m.key());
            }
        }
        List<Span> spans = a.body() == null ? List.of() : Highlights.locate(a.body(), quotes);
        Http.json(r.exchange(), 200, Json.articleInFull(a, metrics, spans, keys));
    }

    /** The phrases {@code m}'s reports read from article {@code id}: every report, not only the standing one. */
    static List<Quote> quotesFrom(MetricRow m, String id) {
        List<Quote> quotes = new ArrayList<>();
        for (EvidenceRow e : m.reports()) {
            if (e.articleId().equals(id) && e.raw() != null && e.evidence() != null) {
                quotes.add(new Quote(e.raw(), e.evidence()));
            }
        }
        if (quotes.isEmpty() && m.articleId().equals(id) && m.raw() != null && m.evidence() != null) {
            quotes.add(new Quote(m.raw(), m.evidence()));
        }
        return quotes;
    }

    /** {@code {"meetingTypes":[{"code","zh","en"}], "indicators":[…], …}}. */
    static ObjectNode vocabulary() {
        ObjectNode root = Json.object();
        for (Names.Vocab v : Names.Vocab.values()) {
            ArrayNode array = root.putArray(v.name());
            for (String code : v.codes) {
                array.addObject().put("code", code).put("zh", v.zh(code)).put("en", v.en(code));
            }
        }
        return root;
    }
}
