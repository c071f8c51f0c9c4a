package yaowen.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import yaowen.bench.quality.QualityReport.Aspect;
import yaowen.bench.quality.QualityReport.GroupScores;
import yaowen.bench.quality.QualityReport.Issue;
import yaowen.bench.quality.QualityReport.Prf;
import yaowen.bench.quality.QualityReport.Ratio;
import yaowen.bench.quality.QualityScorer.CwceCase;
import yaowen.bench.quality.QualityScorer.CwceGold;
import yaowen.bench.quality.QualityScorer.GoldCase;
import yaowen.bench.quality.QualityScorer.Prediction;

class QualityScorerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String GOLD = """
            {
              "id": "g1", "input": "seeds/g1.txt",
              "article": {"title": "龙亭区委全会召开", "publishedAt": "2021-01-28T10:00:00",
                          "source": "开封市龙亭区人民政府", "authors": ["王晓宇"], "text": "经济发展。",
                          "script": "zh-Hans", "mustNotContain": ["版权所有"]},
              "meeting": {"isMeeting": true, "types": ["PLENARY_SESSION", "ECONOMIC_WORK_CONFERENCE"],
                          "date": "2021-01-27",
                          "region": {"code": "410202", "name": "龙亭区", "path": ["河南省", "开封市", "龙亭区"]},
                          "people": [{"name": "张正濠", "role": "区委书记", "part": "SPOKE"},
                                     {"name": "李涛", "role": "区长", "part": "SPOKE"}]},
              "metrics": [
                {"indicator": "GDP", "kind": "ACTUAL", "year": 2020, "measure": "LEVEL", "value": 6659000000,
                 "unit": "CNY", "qualifier": null, "scope": null},
                {"indicator": "GDP", "kind": "ACTUAL", "year": 2020, "measure": "GROWTH", "value": 4.1,
                 "unit": "PERCENT", "qualifier": null, "scope": null},
                {"indicator": "RETAIL_SALES", "kind": "TARGET", "year": 2021, "measure": "GROWTH", "value": 9,
                 "unit": "PERCENT", "qualifier": "AT_LEAST", "scope": null},
                {"indicator": "UNEMPLOYMENT_RATE", "kind": "TARGET", "year": 2021, "measure": "LEVEL", "value": 5.5,
                 "unit": "PERCENT", "qualifier": "AT_MOST", "scope": null}
              ],
              "optionalMetrics": [
                {"indicator": "TECH_CONTRACT_VALUE", "kind": "ACTUAL", "year": 2020, "measure": "LEVEL",
                 "value": 5600000000, "unit": "CNY", "qualifier": null, "scope": null}
              ]
            }
            """;

    private static ObjectNode gold() {
        try {
            return (ObjectNode) MAPPER.readTree(GOLD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A prediction in the AnalysisJson shape that states exactly what the gold states. */
    private static ObjectNode perfect(ObjectNode gold) {
        ObjectNode p = gold.deepCopy();
        p.remove("id");
        p.remove("optionalMetrics");
        ((ObjectNode) p.get("article")).remove("mustNotContain");
        return p;
    }

    private static ArrayNode metrics(ObjectNode prediction) {
        return (ArrayNode) prediction.get("metrics");
    }

    private static ObjectNode article(ObjectNode node) {
        return (ObjectNode) node.get("article");
    }

    private static ObjectNode meeting(ObjectNode node) {
        return (ObjectNode) node.get("meeting");
    }

    private static QualityReport score(ObjectNode gold, ObjectNode prediction) {
        return QualityScorer.scoreGold("test", List.of(new GoldCase("g1", "seeds/g1.txt", gold, Prediction.of(prediction))));
    }

    private static List<Aspect> aspects(QualityReport report) {
        return report.documents().get(0).issues().stream().map(Issue::aspect).toList();
    }

    @Test
    void perfectPredictionScoresOneEverywhere() {
        ObjectNode gold = gold();
        QualityReport report = score(gold, perfect(gold));

        GroupScores g = report.main();
        assertThat(g.documents()).isEqualTo(1);
        assertThat(g.body().bigrams()).isEqualTo(new Prf(3, 3, 3));
        assertThat(g.body().bigrams().f1()).isEqualTo(1.0);
        assertThat(g.body().belowThreshold()).isEqualTo(new Ratio(0, 1));
        assertThat(g.body().mustNotContain()).isEqualTo(new Ratio(0, 1));
        assertThat(g.fields().title()).contains(new Ratio(1, 1));
        assertThat(g.fields().publishedAt()).contains(new Ratio(1, 1));
        assertThat(g.fields().source()).contains(new Ratio(1, 1));
        assertThat(g.fields().authors()).contains(new Ratio(1, 1));
        assertThat(g.meeting().orElseThrow().isMeeting()).isEqualTo(new Ratio(1, 1));
        assertThat(g.meeting().orElseThrow().types()).isEqualTo(new Prf(2, 2, 2));
        assertThat(g.meeting().orElseThrow().region()).isEqualTo(new Ratio(1, 1));
        assertThat(g.meeting().orElseThrow().people()).isEqualTo(new Prf(2, 2, 2));
        assertThat(g.meeting().orElseThrow().date()).isEqualTo(new Ratio(1, 1));
        assertThat(g.meeting().orElseThrow().part()).isEqualTo(new Ratio(2, 2));
        assertThat(g.metrics().orElseThrow().tuples()).isEqualTo(new Prf(4, 4, 4));
        assertThat(g.metrics().orElseThrow().tuples().f1()).isEqualTo(1.0);
        assertThat(g.metrics().orElseThrow().qualifier()).isEqualTo(new Ratio(4, 4));
        assertThat(report.documents().get(0).issues()).isEmpty();
        assertThat(report.documents().get(0).bodyF1()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "meeting and metrics {0} in the gold are not scored")
    @CsvSource({"set to null", "left out"})
    void goldWithoutMeetingOrMetricsSkipsThoseSectionsCleanly(String how) {
        ObjectNode gold = gold();
        ObjectNode prediction = perfect(gold);
        if (how.equals("set to null")) {
            gold.putNull("meeting");
            gold.putNull("metrics");
        } else {
            gold.remove("meeting");
            gold.remove("metrics");
        }
        gold.remove("optionalMetrics");

        QualityReport report = score(gold, prediction);

        assertThat(report.main().meeting()).isEmpty();
        assertThat(report.main().metrics()).isEmpty();
        assertThat(report.main().body().bigrams().f1()).isEqualTo(1.0);
        assertThat(report.documents().get(0).issues()).isEmpty();
    }

    @Test
    void missingMetricLowersRecallToTheExactFractionAndIsListed() {
        ObjectNode gold = gold();
        ObjectNode prediction = perfect(gold);
        metrics(prediction).remove(3);

        QualityReport report = score(gold, prediction);

        Prf tuples = report.main().metrics().orElseThrow().tuples();
        assertThat(tuples).isEqualTo(new Prf(3, 3, 4));
        assertThat(tuples.precision()).isEqualTo(1.0);
        assertThat(tuples.recall()).isEqualTo(0.75);
        assertThat(tuples.f1()).isCloseTo(6.0 / 7.0, within(1e-12));
        assertThat(report.documents().get(0).issues(Aspect.MISSED_METRIC)).singleElement()
                .satisfies(i -> assertThat(i.detail()).startsWith("UNEMPLOYMENT_RATE TARGET 2021 LEVEL 5.5"));
    }

    @Test
    void optionalMetricsAreNeitherMissesNorFalseAlarms() {
        ObjectNode gold = gold();
        ObjectNode withOptional = perfect(gold);
        metrics(withOptional).add(gold.get("optionalMetrics").get(0).deepCopy());

        assertThat(score(gold, perfect(gold)).main().metrics().orElseThrow().tuples()).isEqualTo(new Prf(4, 4, 4));
        assertThat(score(gold, withOptional).main().metrics().orElseThrow().tuples()).isEqualTo(new Prf(4, 4, 4));

        ObjectNode extra = withOptional.deepCopy();
        ObjectNode falseAlarm = gold.get("optionalMetrics").get(0).deepCopy();
        falseAlarm.put("year", 2019);
        metrics(extra).add(falseAlarm);
        QualityReport report = score(gold, extra);
        assertThat(report.main().metrics().orElseThrow().tuples()).isEqualTo(new Prf(4, 5, 4));
        assertThat(report.main().metrics().orElseThrow().tuples().precision()).isEqualTo(0.8);
        assertThat(aspects(report)).containsExactly(Aspect.FALSE_ALARM_METRIC);
    }

    @Test
    void valuesMatchWithinOneHundredthOfAPercent() {
        ObjectNode gold = gold();
        ObjectNode near = perfect(gold);
        ((ObjectNode) metrics(near).get(0)).put("value", 6659000000d * 1.00009);
        ObjectNode far = perfect(gold);
        ((ObjectNode) metrics(far).get(0)).put("value", 6659000000d * 1.00011);

        assertThat(score(gold, near).main().metrics().orElseThrow().tuples()).isEqualTo(new Prf(4, 4, 4));
        QualityReport farReport = score(gold, far);
        assertThat(farReport.main().metrics().orElseThrow().tuples()).isEqualTo(new Prf(3, 4, 4));
        assertThat(aspects(farReport)).containsExactly(Aspect.MISSED_METRIC, Aspect.FALSE_ALARM_METRIC);
    }

    @Test
    void everyTupleFieldMustAgreeButLabelAndUnitDoNot() {
        ObjectNode gold = gold();
        ObjectNode prediction = perfect(gold);
        ((ObjectNode) metrics(prediction).get(0)).put("scope", "高新区");
        ((ObjectNode) metrics(prediction).get(1)).put("period", "H1");
        ((ObjectNode) metrics(prediction).get(2)).put("label", "社零").put("unit", "PCT");

        Prf tuples = score(gold, prediction).main().metrics().orElseThrow().tuples();

        assertThat(tuples).isEqualTo(new Prf(2, 4, 4));
    }

    @Test
    void qualifierAccuracyIsCountedOnMatchedTuplesOnly() {
        ObjectNode gold = gold();
        ObjectNode prediction = perfect(gold);
        ((ObjectNode) metrics(prediction).get(2)).putNull("qualifier");
        metrics(prediction).remove(3);

        QualityReport report = score(gold, prediction);

        assertThat(report.main().metrics().orElseThrow().tuples()).isEqualTo(new Prf(3, 3, 4));
        assertThat(report.main().metrics().orElseThrow().qualifier()).isEqualTo(new Ratio(2, 3));
        assertThat(report.documents().get(0).issues(Aspect.WRONG_QUALIFIER)).singleElement()
                .satisfies(i -> assertThat(i.detail()).contains("expected «AT_LEAST», got «null»"));
    }

    @Test
    void duplicatePredictionsOfOneFactCountOnceAndThenAsFalseAlarms() {
        ObjectNode gold = gold();
        ObjectNode prediction = perfect(gold);
        metrics(prediction).add(metrics(prediction).get(0).deepCopy());

        assertThat(score(gold, prediction).main().metrics().orElseThrow().tuples()).isEqualTo(new Prf(4, 5, 4));
    }

    @Test
    void titlesCompareAfterNfkcFoldingAndWhitespaceRemoval() {
        ObjectNode gold = gold();
        article(gold).put("title", "２０２１年 经济工作会议");
        ObjectNode same = perfect(gold);
        article(same).put("title", "2021年经济工作\u3000会议");
        ObjectNode other = perfect(gold);
        article(other).put("title", "2021年经济工作会");

        assertThat(score(gold, same).main().fields().title()).contains(new Ratio(1, 1));
        QualityReport report = score(gold, other);
        assertThat(report.main().fields().title()).contains(new Ratio(0, 1));
        assertThat(report.documents().get(0).issues(Aspect.TITLE)).singleElement()
                .satisfies(i -> assertThat(i.detail()).isEqualTo("expected «2021年经济工作会议», got «2021年经济工作会»"));
    }

    @Test
    void fieldsTheGoldDoesNotStateAreLeftOutOfTheDenominator() {
        ObjectNode gold = gold();
        article(gold).putNull("title");
        article(gold).putNull("source");
        article(gold).remove("publishedAt");
        ObjectNode prediction = perfect(gold);
        article(prediction).put("title", "whatever");

        GroupScores g = score(gold, prediction).main();

        assertThat(g.fields().title()).contains(Ratio.EMPTY);
        assertThat(g.fields().source()).contains(Ratio.EMPTY);
        assertThat(g.fields().publishedAt()).contains(Ratio.EMPTY);
        assertThat(g.fields().authors()).contains(new Ratio(1, 1));
        assertThat(ReportRendering.ratio(g.fields().title().orElseThrow())).isEqualTo("— (0 stated)");
    }

    @Test
    void publishedAtIsComparedToTheDay() {
        ObjectNode gold = gold();
        ObjectNode sameDay = perfect(gold);
        article(sameDay).put("publishedAt", "2021-01-28");
        ObjectNode nextDay = perfect(gold);
        article(nextDay).put("publishedAt", "2021-01-29T10:00:00");

        assertThat(score(gold, sameDay).main().fields().publishedAt()).contains(new Ratio(1, 1));
        assertThat(score(gold, nextDay).main().fields().publishedAt()).contains(new Ratio(0, 1));
    }

    @Test
    void authorsCompareAsAMultisetAndAnEmptyGoldListIsStated() {
        ObjectNode gold = gold();
        ((ArrayNode) article(gold).get("authors")).add("杜林霞");
        ObjectNode reordered = perfect(gold);
        ((ArrayNode) article(reordered).get("authors")).removeAll().add("杜林霞 ").add("王晓宇");
        assertThat(score(gold, reordered).main().fields().authors()).contains(new Ratio(1, 1));

        ObjectNode none = gold();
        ((ArrayNode) article(none).get("authors")).removeAll();
        ObjectNode editor = perfect(none);
        ((ArrayNode) article(editor).get("authors")).removeAll().add("编辑");
        assertThat(score(none, editor).main().fields().authors()).contains(new Ratio(0, 1));
    }

    @Test
    void bodyBigramsAreCountedByHandOverHanLettersAndDigits() {
        assertThat(BodyBigrams.overlap("经济 发达", "经济发展。")).isEqualTo(new Prf(2, 3, 3));
        assertThat(BodyBigrams.overlap("经济 发达", "经济发展。").f1()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(BodyBigrams.overlap("哈哈", "哈哈哈")).isEqualTo(new Prf(1, 1, 2));
        assertThat(BodyBigrams.overlap("Ａ１，b", "A1b")).isEqualTo(new Prf(2, 2, 2));
        assertThat(BodyBigrams.bigrams("“GDP”增长6.3%").values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(6);
    }

    @Test
    void bodyScoresAreMicroAveragedOverDocuments() {
        ObjectNode gold1 = gold();
        article(gold1).put("text", "经济发展");
        ObjectNode pred1 = perfect(gold1);
        article(pred1).put("text", "经济发达");
        ObjectNode gold2 = gold();
        article(gold2).put("text", "ABCDEFGHIJK");
        ObjectNode pred2 = perfect(gold2);

        QualityReport report = QualityScorer.scoreGold("test", List.of(
                new GoldCase("d1", "d1.txt", gold1, Prediction.of(pred1)),
                new GoldCase("d2", "d2.txt", gold2, Prediction.of(pred2))));

        Prf body = report.main().body().bigrams();
        assertThat(body).isEqualTo(new Prf(12, 13, 13));
        assertThat(body.precision()).isCloseTo(12.0 / 13.0, within(1e-12));
        assertThat(report.main().body().belowThreshold()).isEqualTo(new Ratio(1, 2));
        assertThat(report.documents().get(0).bodyF1()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(report.documents().get(0).issues(Aspect.BODY_BELOW_THRESHOLD)).hasSize(1);
    }

    @Test
    void everyMustNotContainStringFoundIsAFailure() {
        ObjectNode gold = gold();
        ((ArrayNode) article(gold).get("mustNotContain")).add("ICP备");
        ObjectNode prediction = perfect(gold);
        article(prediction).put("text", "经济发展。版权 所有");

        QualityReport report = score(gold, prediction);

        assertThat(report.main().body().mustNotContain()).isEqualTo(new Ratio(1, 2));
        assertThat(report.documents().get(0).issues(Aspect.MUST_NOT_CONTAIN)).singleElement()
                .satisfies(i -> assertThat(i.detail()).isEqualTo("text contains «版权所有»"));
    }

    @Test
    void typesScoreMicroF1OverDocumentTypePairs() {
        ObjectNode gold = gold();
        ObjectNode prediction = perfect(gold);
        ((ArrayNode) meeting(prediction).get("types")).removeAll().add("PLENARY_SESSION").add("WORK_CONFERENCE");

        QualityReport report = score(gold, prediction);

        assertThat(report.main().meeting().orElseThrow().types()).isEqualTo(new Prf(1, 2, 2));
        assertThat(report.main().meeting().orElseThrow().types().f1()).isEqualTo(0.5);
        assertThat(report.documents().get(0).issues()).containsExactly(
                new Issue(Aspect.MISSED_TYPE, "ECONOMIC_WORK_CONFERENCE"), new Issue(Aspect.WRONG_TYPE, "WORK_CONFERENCE"));
    }

    @Test
    void isMeetingIsScoredAsAccuracy() {
        ObjectNode gold = gold();
        ObjectNode prediction = perfect(gold);
        meeting(prediction).put("isMeeting", false);

        assertThat(score(gold, prediction).main().meeting().orElseThrow().isMeeting()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void regionMatchesOnTheCodeWhenTheGoldHasOne() {
        ObjectNode gold = gold();
        ObjectNode renamed = perfect(gold);
        ((ObjectNode) meeting(renamed).get("region")).put("name", "别名").putArray("path").add("别名");
        ObjectNode recoded = perfect(gold);
        ((ObjectNode) meeting(recoded).get("region")).put("code", "410200");

        assertThat(score(gold, renamed).main().meeting().orElseThrow().region()).isEqualTo(new Ratio(1, 1));
        assertThat(score(gold, recoded).main().meeting().orElseThrow().region()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void regionWithoutACodeMatchesOnTheLastElementOfThePath() throws Exception {
        ObjectNode gold = gold();
        meeting(gold).set("region", MAPPER.readTree(
                "{\"code\": null, \"name\": \"官庄工区\", \"path\": [\"河南省\", \"南阳市\", \"官庄工区\"]}"));
        ObjectNode same = perfect(gold);
        meeting(same).set("region", MAPPER.readTree(
                "{\"code\": \"411300\", \"name\": \"官庄\", \"path\": [\"南阳市\", \"官庄工区\"]}"));
        ObjectNode parent = perfect(gold);
        meeting(parent).set("region", MAPPER.readTree(
                "{\"code\": \"411300\", \"name\": \"南阳市\", \"path\": [\"河南省\", \"南阳市\"]}"));
        ObjectNode none = perfect(gold);
        meeting(none).putNull("region");

        assertThat(score(gold, same).main().meeting().orElseThrow().region()).isEqualTo(new Ratio(1, 1));
        assertThat(score(gold, parent).main().meeting().orElseThrow().region()).isEqualTo(new Ratio(0, 1));
        QualityReport missing = score(gold, none);
        assertThat(missing.main().meeting().orElseThrow().region()).isEqualTo(new Ratio(0, 1));
        assertThat(missing.documents().get(0).issues()).containsExactly(
                new Issue(Aspect.REGION, "expected «官庄工区», got nothing"));
    }

    @Test
    void peopleScoreOnNameAndRoleIgnoringTheirPart() {
        ObjectNode gold = gold();
        ObjectNode prediction = perfect(gold);
        ((ObjectNode) meeting(prediction).get("people").get(0)).put("part", "PRESIDED");
        ((ObjectNode) meeting(prediction).get("people").get(1)).put("role", "区委副书记");

        QualityReport report = score(gold, prediction);

        assertThat(report.main().meeting().orElseThrow().people()).isEqualTo(new Prf(1, 2, 2));
        assertThat(report.main().meeting().orElseThrow().part()).isEqualTo(new Ratio(0, 1));
        assertThat(report.documents().get(0).issues()).containsExactly(
                new Issue(Aspect.MISSED_PERSON, "李涛/区长"), new Issue(Aspect.WRONG_PERSON, "李涛/区委副书记"),
                new Issue(Aspect.WRONG_PART, "张正濠/区委书记: expected «SPOKE», got «PRESIDED»"));
    }

    /** People as {@code name/role/part}, comma-separated; part {@code -} is {@code null}; {@code null} is none. */
    private static ArrayNode people(String spec) {
        ArrayNode people = MAPPER.createArrayNode();
        if (spec == null) {
            return people;
        }
        for (String p : spec.split(",")) {
            String[] f = p.split("/");
            ObjectNode person = people.addObject().put("name", f[0]).put("role", f[1]);
            if (f[2].equals("-")) {
                person.putNull("part");
            } else {
                person.put("part", f[2]);
            }
        }
        return people;
    }

    @ParameterizedTest(name = "gold {0}, predicted {1}: people {2}/{3}/{4}, part {5}/{6}")
    @CsvSource(delimiter = '|', value = {
        // all agree
        "张正濠/区委书记/SPOKE,李涛/区长/SPOKE | 张正濠/区委书记/SPOKE,李涛/区长/SPOKE    | 2 | 2 | 2 | 2 | 2 |",
        // a wrong part and a missing part are part misses, not people misses
        "张正濠/区委书记/SPOKE,李涛/区长/SPOKE | 张正濠/区委书记/PRESIDED,李涛/区长/SPOKE | 2 | 2 | 2 | 1 | 2 | 张正濠/区委书记: expected «SPOKE», got «PRESIDED»",
        "张正濠/区委书记/SPOKE,李涛/区长/SPOKE | 张正濠/区委书记/SPOKE,李涛/区长/-        | 2 | 2 | 2 | 1 | 2 | 李涛/区长: expected «SPOKE», got nothing",
        // parts fold like every compared string
        "张正濠/区委书记/SPOKE,李涛/区长/SPOKE | 张正濠/区委书记/ＳＰＯＫＥ,李涛/区长/SPOKE  | 2 | 2 | 2 | 2 | 2 |",
        // only matched (name, role) pairs count: 李涛's wrong role is a people miss, not a part miss
        "张正濠/区委书记/SPOKE,李涛/区长/SPOKE | 张正濠/区委书记/PRESIDED,李涛/区委副书记/SPOKE | 1 | 2 | 2 | 0 | 1 | 张正濠/区委书记: expected «SPOKE», got «PRESIDED»",
        // a gold person without a part is left out of the denominator
        "张正濠/区委书记/SPOKE,李涛/区长/-     | 张正濠/区委书记/SPOKE,李涛/区长/PRESIDED | 2 | 2 | 2 | 1 | 1 |",
        // namesakes pair preferring the same part, then in order
        "王强/副区长/SPOKE,王强/副区长/ATTENDED | 王强/副区长/ATTENDED,王强/副区长/SPOKE   | 2 | 2 | 2 | 2 | 2 |",
        "王强/副区长/SPOKE,王强/副区长/PRESIDED | 王强/副区长/ATTENDED,王强/副区长/SPOKE   | 2 | 2 | 2 | 1 | 2 | 王强/副区长: expected «PRESIDED», got «ATTENDED»",
        "王强/副区长/SPOKE                    | 王强/副区长/ATTENDED,王强/副区长/SPOKE   | 1 | 2 | 1 | 1 | 1 |",
        // nobody predicted: nothing matched, so no part is scored
        "张正濠/区委书记/SPOKE,李涛/区长/SPOKE |                                         | 0 | 0 | 2 | 0 | 0 |"})
    void partAccuracyIsCountedOnMatchedNameAndRolePairsWhoseGoldStatesAPart(
            String goldPeople, String predictedPeople, long matched, long predicted, long expected, long partHits,
            long partTotal, String partMiss) {
        ObjectNode gold = gold();
        meeting(gold).set("people", people(goldPeople));
        ObjectNode prediction = perfect(gold);
        meeting(prediction).set("people", people(predictedPeople));

        QualityReport report = score(gold, prediction);

        assertThat(report.main().meeting().orElseThrow().people()).isEqualTo(new Prf(matched, predicted, expected));
        assertThat(report.main().meeting().orElseThrow().part()).isEqualTo(new Ratio(partHits, partTotal));
        assertThat(report.documents().get(0).issues(Aspect.WRONG_PART)).extracting(Issue::detail)
                .containsExactlyElementsOf(partMiss == null ? List.of() : List.of(partMiss));
    }

    @ParameterizedTest(name = "gold isMeeting {0}, date {1}; predicted {2}: {3}/{4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "true  | 2021-01-27 | 2021-01-27          | 1 | 1 |",
        "true  | 2021-01-27 | 2021-01-27T09:30:00 | 1 | 1 |",
        "true  | 2021-01-27 | ２０２１-０１-２７      | 1 | 1 |",
        "true  | 2021-01-27 | 2021-01-28          | 0 | 1 | expected «2021-01-27», got «2021-01-28»",
        "true  | 2021-01-27 | 2021年1月27日        | 0 | 1 | expected «2021-01-27», got «2021年1月27日»",
        "true  | 2021-01-27 | null                | 0 | 1 | expected «2021-01-27», got nothing",
        // a gold that states no date, and a gold that is no meeting, are left out of the denominator
        "true  | null       | 2021-01-27          | 0 | 0 |",
        "false | 2021-01-27 | 2021-01-28          | 0 | 0 |",
        "false | null       | null                | 0 | 0 |"})
    void meetingDateIsComparedAsAnIsoDayOnGoldMeetingsThatStateOne(
            boolean goldMeeting, String goldDate, String predictedDate, long hits, long total, String miss) {
        ObjectNode gold = gold();
        meeting(gold).put("isMeeting", goldMeeting).put("date", goldDate);
        ObjectNode prediction = perfect(gold);
        meeting(prediction).put("date", predictedDate);

        QualityReport report = score(gold, prediction);

        assertThat(report.main().meeting().orElseThrow().date()).isEqualTo(new Ratio(hits, total));
        assertThat(report.documents().get(0).issues(Aspect.MEETING_DATE)).extracting(Issue::detail)
                .containsExactlyElementsOf(miss == null ? List.of() : List.of(miss));
    }

    @Test
    void aGoldMeetingDateThatIsNoIsoDateFailsFast() {
        ObjectNode gold = gold();
        meeting(gold).put("date", "2021年1月27日");

        assertThatThrownBy(() -> score(gold, perfect(gold)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021年1月27日");
    }

    @Test
    void meetingDateAndPartAreMicroAveragedAndTheirMissesListedPerDocument() {
        ObjectNode gold1 = gold();
        ObjectNode pred1 = perfect(gold1);
        meeting(pred1).put("date", "2021-01-28");
        meeting(pred1).set("people", people("张正濠/区委书记/SPOKE,李涛/区长/ATTENDED"));
        ObjectNode gold2 = gold();
        ObjectNode pred2 = perfect(gold2);
        ObjectNode gold3 = gold();
        meeting(gold3).put("isMeeting", false).putNull("date");
        meeting(gold3).set("people", people("王强/副区长/PRESIDED"));
        ObjectNode pred3 = perfect(gold3);

        QualityReport report = QualityScorer.scoreGold("test", List.of(
                new GoldCase("d1", "d1.txt", gold1, Prediction.of(pred1)),
                new GoldCase("d2", "d2.txt", gold2, Prediction.of(pred2)),
                new GoldCase("d3", "d3.txt", gold3, Prediction.of(pred3))));

        var meeting = report.main().meeting().orElseThrow();
        assertThat(meeting.date()).isEqualTo(new Ratio(1, 2));
        assertThat(meeting.part()).isEqualTo(new Ratio(4, 5));
        assertThat(report.documents().get(0).issues()).containsExactly(
                new Issue(Aspect.MEETING_DATE, "expected «2021-01-27», got «2021-01-28»"),
                new Issue(Aspect.WRONG_PART, "李涛/区长: expected «SPOKE», got «ATTENDED»"));
        assertThat(report.documents().get(1).issues()).isEmpty();
        assertThat(report.documents().get(2).issues()).isEmpty();
        assertThat(report.toText())
                .containsPattern("meeting date \\(gold meetings\\) +1/2 = 0\\.500")
                .containsPattern("people part accuracy \\(matched\\) +4/5 = 0\\.800")
                .contains("    MEETING_DATE          expected «2021-01-27», got «2021-01-28»")
                .contains("    WRONG_PART            李涛/区长: expected «SPOKE», got «ATTENDED»");
        assertThat(report.toMarkdown()).contains(
                "| meeting date (gold meetings) | 1/2 = 0.500 |",
                "| people part accuracy (matched) | 4/5 = 0.800 |",
                "  - `MEETING_DATE` expected «2021-01-27», got «2021-01-28»",
                "  - `WRONG_PART` 李涛/区长: expected «SPOKE», got «ATTENDED»");
    }

    @Test
    void aFailedAnalysisScoresAsAnEmptyPrediction() {
        ObjectNode gold = gold();
        QualityReport report = QualityScorer.scoreGold("test",
                List.of(new GoldCase("g1", "seeds/g1.txt", gold, Prediction.failed("NO_TEXT: nothing here"))));

        GroupScores g = report.main();
        assertThat(g.failed()).isEqualTo(1);
        assertThat(g.body().bigrams()).isEqualTo(new Prf(0, 0, 3));
        assertThat(g.body().bigrams().f1()).isEqualTo(0.0);
        assertThat(g.fields().title()).contains(new Ratio(0, 1));
        assertThat(g.metrics().orElseThrow().tuples()).isEqualTo(new Prf(0, 0, 4));
        assertThat(g.meeting().orElseThrow().date()).isEqualTo(new Ratio(0, 1));
        assertThat(g.meeting().orElseThrow().part()).isEqualTo(Ratio.EMPTY);
        assertThat(report.documents().get(0).failure()).contains("NO_TEXT: nothing here");
        assertThat(aspects(report)).startsWith(Aspect.ANALYSIS_FAILED).contains(Aspect.MISSED_METRIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-01-28T19:55:07 | 2021-01-28",
        "2005-5-7 21:23:57   | 2005-05-07",
        "２００５年５月７日        | 2005-05-07",
        "1998-3              | 1998-03",
        "2018                | 2018"})
    void readsDatesAsPreciselyAsTheyAreStated(String stated, String expected) {
        assertThat(Folding.dateParts(stated).map(Folding::formatDate)).contains(expected);
    }

    @Test
    void cwceGoldReadsUnknownAsNotStatedAndSplitsAuthors() {
        CwceGold unknown = CwceGold.parse("x", "正文", "UNKNWON\n", "UNKNOWN\n");
        assertThat(unknown.date()).isEmpty();
        assertThat(unknown.authors()).isEmpty();
        CwceGold stated = CwceGold.parse("x", "正文", "2005-5-7 21:23:57", "赵延东、风笑天  李清芬");
        assertThat(stated.date()).contains("2005-5-7 21:23:57");
        assertThat(stated.authors()).contains(List.of("赵延东", "风笑天", "李清芬"));
        assertThat(CwceGold.parse("59562291-aaaa", "", "", "").multiPost()).isTrue();
        assertThat(CwceGold.parse("8f1cdd94-bbbb", "", "", "").multiPost()).isTrue();
        assertThat(stated.multiPost()).isFalse();
    }

    @Test
    void cwceScoresBodyDateAndAuthorsWithMultiPostPagesApart() throws Exception {
        ObjectNode good = (ObjectNode) MAPPER.readTree(
                "{\"article\": {\"text\": \"经济发展\", \"publishedAt\": \"2005-05-07T21:23:57\", \"authors\": [\"茉莉\"]}}");
        ObjectNode partialDay = (ObjectNode) MAPPER.readTree(
                "{\"article\": {\"text\": \"经济发达\", \"publishedAt\": \"1998-03-15\", \"authors\": []}}");
        List<CwceCase> cases = List.of(
                new CwceCase(CwceGold.parse("a", "经济发展", "2005-5-7 21:23:57", "茉莉"), "original/a.html",
                        Prediction.of(good)),
                new CwceCase(CwceGold.parse("b", "经济发展", "1998-3", "UNKNOWN"), "original/b.html",
                        Prediction.of(partialDay)),
                new CwceCase(CwceGold.parse("59562291-c", "经济发展", "2005-01-02", "某人"), "original/59562291-c.html",
                        Prediction.of(good)));

        QualityReport report = QualityScorer.scoreCwce("cwce", cases);

        assertThat(report.groups()).extracting(GroupScores::name)
                .containsExactly(QualityScorer.CWCE_MAIN_GROUP, QualityScorer.CWCE_MULTI_POST_GROUP);
        GroupScores main = report.main();
        assertThat(main.documents()).isEqualTo(2);
        assertThat(main.body().bigrams()).isEqualTo(new Prf(5, 6, 6));
        assertThat(main.body().belowThreshold()).isEqualTo(new Ratio(1, 2));
        assertThat(main.fields().publishedAt()).contains(new Ratio(2, 2));
        assertThat(main.fields().authors()).contains(new Ratio(1, 1));
        assertThat(main.fields().title()).isEmpty();
        assertThat(main.meeting()).isEmpty();
        GroupScores multi = report.group(QualityScorer.CWCE_MULTI_POST_GROUP).orElseThrow();
        assertThat(multi.documents()).isEqualTo(1);
        assertThat(multi.fields().publishedAt()).contains(new Ratio(0, 1));
        assertThat(multi.fields().authors()).contains(new Ratio(0, 1));
    }

    @Test
    void rendersATextTableAndMarkdownThatListTheMisses() {
        ObjectNode gold = gold();
        ObjectNode prediction = perfect(gold);
        metrics(prediction).remove(3);
        QualityReport report = score(gold, prediction)
                .withThroughput(new QualityReport.Throughput(1, java.time.Duration.ofMillis(500)));

        String text = report.toText();
        assertThat(text).contains("Quality of test (GOLD, 1 documents, 0 failed; 2.0 documents/s (1 in 0.50 s))")
                .contains("metrics P / R / F1")
                .contains("1.000 / 0.750 / 0.857 (3 of 3; 4 expected)")
                .contains("MISSED_METRIC")
                .contains("UNEMPLOYMENT_RATE TARGET 2021 LEVEL 5.5 qualifier=AT_MOST");
        String markdown = report.toMarkdown();
        assertThat(markdown).contains("| figure | all documents |", "|---|---|",
                "| title | 1/1 = 1.000 |", "- **g1** (`seeds/g1.txt`", "  - `MISSED_METRIC` UNEMPLOYMENT_RATE");
    }

    @Test
    void emptyCountsFollowTheDocumentedConventions() {
        assertThat(Prf.EMPTY.f1()).isEqualTo(1.0);
        assertThat(new Prf(0, 2, 0).precision()).isEqualTo(0.0);
        assertThat(new Prf(0, 2, 0).recall()).isEqualTo(0.0);
        assertThat(Ratio.EMPTY.value()).isNaN();
        assertThat(Optional.of(new Ratio(1, 4).value())).contains(0.25);
    }
}
