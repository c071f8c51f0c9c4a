package yaowen.insight;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seeds against their gold analyses in corpus/gold. */
class InsightExtractorTest {
    private static final InsightExtractor EXTRACTOR = InsightExtractor.load();

    static List<Seeds.Seed> seeds() {
        return Seeds.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void findsTheMeetingItsTypesAndDate(Seeds.Seed seed) {
        MeetingFacts m = EXTRACTOR.extract(seed.article()).meeting();
        JsonNode gold = seed.gold().get("meeting");
        assertThat(m.isMeeting()).isEqualTo(gold.get("isMeeting").asBoolean());
        List<String> types = new ArrayList<>();
        gold.get("types").forEach(t -> types.add(t.asText()));
        assertThat(m.types()).extracting(Enum::name).containsExactlyInAnyOrderElementsOf(types);
        if (gold.get("date").isNull()) {
            assertThat(m.date()).isEmpty();
        } else {
            assertThat(m.date()).contains(LocalDate.parse(gold.get("date").asText()));
        }
        assertThat(m.reviewYear()).contains(gold.get("reviewYear").asInt());
        assertThat(m.planYear()).contains(gold.get("planYear").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void resolvesTheRegion(Seeds.Seed seed) {
        Region r = EXTRACTOR.extract(seed.article()).meeting().region().orElseThrow();
        JsonNode gold = seed.gold().get("meeting").get("region");
        if (gold.get("code").isNull()) {
            JsonNode path = gold.get("path");
            assertThat(r.path()).last().isEqualTo(path.get(path.size() - 1).asText());
        } else {
            assertThat(r.code()).contains(gold.get("code").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void namesThePeopleWithTheirRoles(Seeds.Seed seed) {
        Set<String> expected = new HashSet<>();
        seed.gold().get("meeting").get("people").forEach(p -> expected.add(p.get("name").asText() + "/" + p.get("role").asText()));
        Set<String> actual = new HashSet<>();
        EXTRACTOR.extract(seed.article()).meeting().people().forEach(p -> actual.add(p.name() + "/" + p.role()));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void findsEveryGoldMetricAndNoFalseOne(Seeds.Seed seed) {
        List<Metric> metrics = EXTRACTOR.extract(seed.article()).metrics();
        List<JsonNode> gold = new ArrayList<>();
        seed.gold().get("metrics").forEach(gold::add);
        List<JsonNode> optional = new ArrayList<>();
        seed.gold().path("optionalMetrics").forEach(optional::add);
        for (JsonNode g : gold) {
            assertThat(metrics).as("gold metric %s", g.get("raw").asText()).anySatisfy(m -> {
                assertThat(matches(m, g)).isTrue();
                String q = g.get("qualifier").isNull() ? null : g.get("qualifier").asText();
                assertThat(m.qualifier().map(Enum::name).orElse(null)).isEqualTo(q);
            });
        }
        for (Metric m : metrics) {
            assertThat(gold.stream().anyMatch(g -> matches(m, g)) || optional.stream().anyMatch(g -> matches(m, g)))
                    .as("unexpected metric %s %s", m.indicator(), m.raw()).isTrue();
        }
    }

    @Test
    void keepsEstimatesComparisonsAndRanksOfSeedFour() {
        List<Metric> metrics = EXTRACTOR.extract(Seeds.load("seed-004").article()).metrics();
        assertThat(metrics).filteredOn(m -> m.indicator().equals("INDUSTRIAL_VALUE_ADDED") && m.kind() == Metric.Kind.ACTUAL)
                .singleElement().satisfies(m -> {
                    assertThat(m.preliminary()).isTrue();
                    assertThat(m.versus()).contains(new Metric.Versus("全市", 1.4));
                });
        MeetingFacts meeting = EXTRACTOR.extract(Seeds.load("seed-004").article()).meeting();
        assertThat(meeting.format()).contains(MeetingFacts.MeetingFormat.VIDEO);
        assertThat(meeting.session()).hasValueSatisfying(s -> {
            assertThat(s.congress()).contains(10);
            assertThat(s.plenary()).contains(9);
            assertThat(s.enlarged()).isTrue();
        });
    }

    @Test
    void readsTheTraditionalScriptSeedOnceConvertedAndStripped() throws Exception {
        String raw = java.nio.file.Files.readString(java.nio.file.Path.of("../../corpus/seeds/003_240d0124548b3155.txt"));
        String text = com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(raw.replaceAll("\\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", ""));
        Insight insight = EXTRACTOR.extract(new ArticleText(java.util.Optional.empty(), text, java.util.Optional.empty(), java.util.Optional.empty()));
        assertThat(insight.meeting().types()).containsExactly(MeetingFacts.MeetingType.THREE_LEVEL_CADRE);
        assertThat(insight.meeting().region()).hasValueSatisfying(r -> assertThat(r.code()).contains("411302"));
        assertThat(insight.metrics()).extracting(Metric::indicator).contains("GDP", "RETAIL_SALES", "NEW_ABOVE_SCALE_ENTERPRISES");
    }

    @Test
    void sharesOneLoadedExtractor() {
        assertThat(InsightExtractor.load()).isSameAs(EXTRACTOR);
    }

    private static boolean matches(Metric m, JsonNode g) {
        String period = g.hasNonNull("period") ? g.get("period").asText() : null;
        String scope = g.get("scope").isNull() ? null : g.get("scope").asText();
        double value = g.get("value").asDouble();
        return m.indicator().equals(g.get("indicator").asText())
                && m.kind().name().equals(g.get("kind").asText())
                && m.year().map(y -> y == g.get("year").asInt()).orElse(false)
                && Objects.equals(m.period().orElse(null), period)
                && m.measure().name().equals(g.get("measure").asText())
                && Objects.equals(m.scope().orElse(null), scope)
                && Math.abs(m.value() - value) <= 1e-4 * Math.max(Math.abs(value), 1e-9);
    }
}
