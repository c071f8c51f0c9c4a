package yaowen.insight;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team's annotated set (corpus/team) against its gold: meeting or not, types, region, date and people per
 * article, and the metrics found over the whole set. Quality figures and speed are the benchmark's job
 * ({@code yaowen bench insight}); this only guards against regressions.
 */
class InsightExtractorTeamTest {
    private static final InsightExtractor EXTRACTOR = InsightExtractor.load();

    static List<TeamCorpus.Case> cases() {
        return TeamCorpus.all();
    }

    @Test
    void theSetHasTheRequiredComposition() {
        List<TeamCorpus.Case> all = cases();
        Set<String> types = new HashSet<>();
        Set<String> provinces = new HashSet<>();
        long nonMeetings = 0;
        for (TeamCorpus.Case c : all) {
            JsonNode m = c.gold().get("meeting");
            if (m.get("isMeeting").asBoolean()) {
                m.get("types").forEach(t -> types.add(t.asText()));
                provinces.add(m.get("region").get("path").get(0).asText());
            } else {
                nonMeetings++;
            }
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(types).hasSizeGreaterThanOrEqualTo(12);
        assertThat(provinces).hasSizeGreaterThanOrEqualTo(8);
        assertThat(nonMeetings).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesLocatesAndDatesTheArticle(TeamCorpus.Case c) {
        MeetingFacts m = EXTRACTOR.extract(c.article()).meeting();
        JsonNode gold = c.gold().get("meeting");
        assertThat(m.isMeeting()).isEqualTo(gold.get("isMeeting").asBoolean());
        List<String> types = new ArrayList<>();
        gold.get("types").forEach(t -> types.add(t.asText()));
        assertThat(m.types()).extracting(Enum::name).containsExactlyInAnyOrderElementsOf(types);
        JsonNode region = gold.get("region");
        Region r = m.region().orElseThrow();
        if (region.get("code").isNull()) {
            assertThat(r.code()).isEmpty();
            assertThat(r.name()).isEqualTo(region.get("name").asText());
        } else {
            assertThat(r.code()).contains(region.get("code").asText());
        }
        if (gold.get("date").isNull()) {
            assertThat(m.date()).isEmpty();
        } else {
            assertThat(m.date()).contains(LocalDate.parse(gold.get("date").asText()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesThePeopleWithTheirMainRoles(TeamCorpus.Case c) {
        Set<String> expected = new HashSet<>();
        c.gold().get("meeting").get("people").forEach(p -> expected.add(p.get("name").asText() + "/" + p.get("role").asText()));
        Set<String> actual = new HashSet<>();
        EXTRACTOR.extract(c.article()).meeting().people().forEach(p -> actual.add(p.name() + "/" + p.role()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void findsNearlyEveryRequiredMetricOfTheSet() {
        int expected = 0;
        int found = 0;
        for (TeamCorpus.Case c : cases()) {
            List<Metric> metrics = EXTRACTOR.extract(c.article()).metrics();
            for (JsonNode g : c.gold().get("metrics")) {
                expected++;
                if (metrics.stream().anyMatch(m -> matches(m, g))) {
                    found++;
                }
            }
        }
        assertThat(expected).isGreaterThan(250);
        assertThat((double) found / expected).isGreaterThanOrEqualTo(0.95);
    }

    private static boolean matches(Metric m, JsonNode g) {
        double v = g.get("value").asDouble();
        return m.indicator().equals(g.get("indicator").asText()) && m.kind().name().equals(g.get("kind").asText())
                && m.year().orElse(-1) == g.get("year").asInt()
                && m.period().orElse("").equals(g.get("period").isNull() ? "" : g.get("period").asText())
                && m.measure().name().equals(g.get("measure").asText())
                && m.scope().orElse("").equals(g.get("scope").isNull() ? "" : g.get("scope").asText())
                && Math.abs(m.value() - v) <= 1e-4 * Math.abs(v);
    }
}
