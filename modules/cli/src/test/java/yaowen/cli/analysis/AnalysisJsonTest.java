package yaowen.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import yaowen.cleaning.CleanedArticle;
import yaowen.insight.Insight;
import yaowen.insight.MeetingFacts;
import yaowen.insight.MeetingFacts.MeetingType;
import yaowen.insight.Metric;
import yaowen.insight.Region;

class AnalysisJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static CleanedArticle article() {
        return new CleanedArticle(Optional.of("龙亭区委全会召开"), Optional.of("2021-01-28"), Optional.empty(),
                List.of("王晓宇"), "1月27日,会议召开。\n全区生产总值达到66.59亿元。", CleanedArticle.Script.TRADITIONAL,
                "GB18030", CleanedArticle.CharsetSource.META, 0x1fL, "abc");
    }

    static Insight insight() {
        Region region = new Region(Optional.of("410202"), "龙亭区", List.of("河南省", "开封市", "龙亭区"));
        MeetingFacts meeting = new MeetingFacts(true,
                List.of(MeetingType.PLENARY_SESSION, MeetingType.ECONOMIC_WORK_CONFERENCE), Optional.of("全体(扩大)会议"),
                Optional.of("区委十届九次全体(扩大)会议"), Optional.of(LocalDate.of(2021, 1, 27)), Optional.of(region),
                Optional.of(MeetingFacts.MeetingFormat.VIDEO),
                Optional.of(new MeetingFacts.Session(Optional.of(10), Optional.empty(), true)),
                Optional.of(2020), Optional.empty(),
                List.of(new MeetingFacts.Person("张正濠", "区委书记", List.of("区委书记"), Optional.of(MeetingFacts.Part.SPOKE)),
                        new MeetingFacts.Person("李涛", "区长", List.of("区长"), Optional.empty())));
        Metric gdp = new Metric("GDP", "生产总值", Metric.Kind.ACTUAL, Optional.of(2020), Optional.empty(),
                Metric.Measure.LEVEL, 6.659E9, "CNY", Optional.empty(), Optional.empty(), Optional.empty(), true,
                Optional.of(new Metric.Rank("全市", 2)), Optional.of(new Metric.Versus("全市", 1.4)),
                "全区生产总值达到66.59亿元", "全区生产总值达到66.59亿元。");
        Metric growth = new Metric("GDP", "生产总值", Metric.Kind.TARGET, Optional.empty(), Optional.of("H1"),
                Metric.Measure.GROWTH, -3.6, "PERCENT", Optional.of(Metric.Qualifier.AT_LEAST),
                Optional.of(new Metric.Range(7, 8.5)), Optional.of("高新区"), false, Optional.empty(), Optional.empty(),
                "增长7%—8.5%", "高新区生产总值增长7%—8.5%。");
        return new Insight(meeting, List.of(gdp, growth));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesTheTopLevelAndArticleFieldsInContractOrder() {
        ObjectNode json = AnalysisJson.toJson(new Analysis("seed-004.html", article(), insight(),
                Optional.of("http://www.longting.gov.cn/a.html")));

        assertThat(fields(json)).containsExactly("input", "article", "meeting", "metrics");
        assertThat(json.get("input").asText()).isEqualTo("seed-004.html");
        JsonNode a = json.get("article");
        assertThat(fields(a)).containsExactly("url", "title", "publishedAt", "source", "authors", "text", "script",
                "charset", "simhash");
        assertThat(a.get("url").asText()).isEqualTo("http://www.longting.gov.cn/a.html");
        assertThat(a.get("title").asText()).isEqualTo("龙亭区委全会召开");
        assertThat(a.get("publishedAt").asText()).isEqualTo("2021-01-28");
        assertThat(a.get("source").isNull()).isTrue();
        assertThat(a.get("authors")).hasSize(1);
        assertThat(a.get("authors").get(0).asText()).isEqualTo("王晓宇");
        assertThat(a.get("text").asText()).isEqualTo("1月27日,会议召开。\n全区生产总值达到66.59亿元。");
        assertThat(a.get("script").asText()).isEqualTo("zh-Hant");
        assertThat(a.get("charset").asText()).isEqualTo("GB18030");
        assertThat(a.get("simhash").asText()).isEqualTo("000000000000001f");
    }

    @Test
    void writesMeetingFactsWithNullsForWhatIsAbsent() {
        JsonNode m = AnalysisJson.toJson(new Analysis("x", article(), insight(), Optional.empty())).get("meeting");

        assertThat(fields(m)).containsExactly("isMeeting", "types", "name", "date", "region", "format", "session",
                "reviewYear", "planYear", "people");
        assertThat(m.get("isMeeting").asBoolean()).isTrue();
        assertThat(m.get("types").get(0).asText()).isEqualTo("PLENARY_SESSION");
        assertThat(m.get("types").get(1).asText()).isEqualTo("ECONOMIC_WORK_CONFERENCE");
        assertThat(m.get("name").asText()).isEqualTo("区委十届九次全体(扩大)会议");
        assertThat(m.get("date").asText()).isEqualTo("2021-01-27");
        assertThat(fields(m.get("region"))).containsExactly("code", "name", "path");
        assertThat(m.get("region").get("code").asText()).isEqualTo("410202");
        assertThat(m.get("region").get("path").toString()).isEqualTo("[\"河南省\",\"开封市\",\"龙亭区\"]");
        assertThat(m.get("format").asText()).isEqualTo("VIDEO");
        assertThat(m.get("session").toString()).isEqualTo("{\"congress\":10,\"plenary\":null,\"enlarged\":true}");
        assertThat(m.get("reviewYear").intValue()).isEqualTo(2020);
        assertThat(m.get("planYear").isNull()).isTrue();
        assertThat(m.get("people").toString()).isEqualTo(
                "[{\"name\":\"张正濠\",\"role\":\"区委书记\",\"part\":\"SPOKE\"},{\"name\":\"李涛\",\"role\":\"区长\",\"part\":null}]");
    }

    @Test
    void writesANonMeetingWithEmptyListsNullFactsAndItsRegion() {
        Region region = new Region(Optional.empty(), "官庄工区", List.of("河南省", "南阳市", "官庄工区"));
        Insight none = new Insight(MeetingFacts.notAMeeting(Optional.of(region)), List.of());

        JsonNode json = AnalysisJson.toJson(new Analysis("x", article(), none, Optional.empty()));

        assertThat(json.get("article").get("url").isNull()).isTrue();
        assertThat(json.get("meeting").toString()).isEqualTo("{\"isMeeting\":false,\"types\":[],\"name\":null,"
                + "\"date\":null,\"region\":{\"code\":null,\"name\":\"官庄工区\",\"path\":[\"河南省\",\"南阳市\",\"官庄工区\"]},"
                + "\"format\":null,\"session\":null,\"reviewYear\":null,\"planYear\":null,\"people\":[]}");
        assertThat(json.get("metrics").isArray()).isTrue();
        assertThat(json.get("metrics")).isEmpty();
    }

    @Test
    void writesMetricsWithIntegralValuesWithoutExponent() throws Exception {
        JsonNode metrics = AnalysisJson.toJson(new Analysis("x", article(), insight(), Optional.empty())).get("metrics");

        JsonNode gdp = metrics.get(0);
        assertThat(fields(gdp)).containsExactly("indicator", "label", "kind", "year", "period", "measure", "value",
                "unit", "qualifier", "scope", "preliminary", "rank", "versus", "range", "raw", "evidence");
        assertThat(MAPPER.writeValueAsString(gdp)).isEqualTo("{\"indicator\":\"GDP\",\"label\":\"生产总值\","
                + "\"kind\":\"ACTUAL\",\"year\":2020,\"period\":null,\"measure\":\"LEVEL\",\"value\":6659000000,"
                + "\"unit\":\"CNY\",\"qualifier\":null,\"scope\":null,\"preliminary\":true,"
                + "\"rank\":{\"scope\":\"全市\",\"rank\":2},\"versus\":{\"scope\":\"全市\",\"delta_pp\":1.4},"
                + "\"range\":null,\"raw\":\"全区生产总值达到66.59亿元\",\"evidence\":\"全区生产总值达到66.59亿元。\"}");
        JsonNode growth = metrics.get(1);
        assertThat(growth.get("year").isNull()).isTrue();
        assertThat(growth.get("period").asText()).isEqualTo("H1");
        assertThat(growth.get("value").isNumber()).isTrue();
        assertThat(growth.get("value").doubleValue()).isEqualTo(-3.6);
        assertThat(growth.get("qualifier").asText()).isEqualTo("AT_LEAST");
        assertThat(growth.get("scope").asText()).isEqualTo("高新区");
        assertThat(growth.get("preliminary").asBoolean()).isFalse();
        assertThat(growth.get("rank").isNull()).isTrue();
        assertThat(growth.get("range").toString()).isEqualTo("{\"min\":7,\"max\":8.5}");
    }

    @Test
    void writesOneCompactLinePerAnalysis() {
        String line = AnalysisJson.toJsonLine(new Analysis("x", article(), insight(), Optional.empty()));

        assertThat(line).doesNotContain("\n\"").startsWith("{\"input\":\"x\",\"article\":{").endsWith("]}");
        assertThat(AnalysisJson.toPrettyJson(new Analysis("x", article(), insight(), Optional.empty())))
                .contains("\n").contains("6659000000");
    }
}
