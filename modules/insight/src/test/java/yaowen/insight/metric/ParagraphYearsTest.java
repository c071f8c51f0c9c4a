package yaowen.insight.metric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The year a paragraph states, read as the walk appends sentences, is what rescanning the whole paragraph reads. */
class ParagraphYearsTest {
    /** Pieces that make and break year cues, also across the place where two appended pieces meet. */
    private static final List<String> PIECES = List.of("2015年", "2022年", "1958年", "1890年", "20", "22年", "年",
            "以来", "以", "来", "同期", "从", "由", "比", "较", "与", "建于", "于", "全年", "当年", "今年", "去年", "明年",
            "后年", "上年", "十四五末", "十四", "五末", "十三五时期", "期间", "百分之", "百分", "之", "五亿元", "三", "亿",
            "7", "6.5%", "增长", "生产总值", "达到", ",", "。", "全区", "规上工业");
    private static final List<Optional<Integer>> YEARS = List.of(Optional.empty(), Optional.of(2021), Optional.of(2023));

    @Test
    @Timeout(20)
    void readsWhatRescanningTheWholeTextReads() {
        Random random = new Random(13);
        for (int round = 0; round < 3000; round++) {
            Optional<Integer> anchor = YEARS.get(random.nextInt(YEARS.size()));
            ParagraphYears years = new ParagraphYears(anchor);
            StringBuilder whole = new StringBuilder();
            int sentences = 1 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                StringBuilder sentence = new StringBuilder();
                int pieces = random.nextInt(9);
                for (int p = 0; p < pieces; p++) {
                    sentence.append(PIECES.get(random.nextInt(PIECES.size())));
                }
                years.append(sentence.toString());
                whole.append(sentence);
                for (Optional<Integer> context : YEARS) {
                    assertThat(years.lastYear(context))
                            .as("«%s» anchor %s context %s", whole, anchor, context)
                            .isEqualTo(TemporalCues.lastYear(whole.toString(), anchor, context));
                }
            }
            assertThat(years.length()).isEqualTo(whole.length());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // sentences, appended one by one (split on /) | context | year
            "2022年,全区生产总值增长6%。/规上工业增加值增长8%。|-|2022",
            "从2015年开始。/实施三年行动。|-|2015",
            "从2015年开始。/生产总值增长6%。|-|-", // a figure after it: the year was a baseline's
            "2021年实现增长。/全年完成投资。|2020|2021",
            "实现增长。/全年完成投资。|2020|2020",
            "2021年实现增长。/当年完成投资。|2020|2020",
            "始建于1958年。/生产总值增长6%。|-|-",
            "2015年以/来,全区发展。|-|-", // 以来 straddles the two sentences: a span, not a year
    })
    void readsTheSentencesOfAParagraph(String sentences, Integer context, Integer year) {
        ParagraphYears years = new ParagraphYears(Optional.of(2023));
        for (String s : sentences.split("/")) {
            years.append(s);
        }
        assertThat(years.lastYear(Optional.ofNullable(context))).isEqualTo(Optional.ofNullable(year));
        years.clear();
        assertThat(years.lastYear(Optional.ofNullable(context))).isEmpty();
    }
}
