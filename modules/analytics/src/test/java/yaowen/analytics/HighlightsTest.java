package yaowen.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HighlightsTest {
    private static final String TEXT = "全年地区生产总值增长6.5%，规上工业增加值增长6.5%。"
            + "一般公共预算收入完成12.3亿元，增长6.5%。社会消费品零售总额增长7%。";

    private static List<String> marked(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void findsEachPhraseInsideItsOwnSentence() {
        String budget = "一般公共预算收入完成12.3亿元，增长6.5%。";
        String gdp = "全年地区生产总值增长6.5%，规上工业增加值增长6.5%。";
        List<Span> spans = Highlights.locate(TEXT, List.of(
                new Quote("增长6.5%", budget),
                new Quote("增长6.5%", gdp)));
        assertThat(spans).containsExactly(
                new Span(TEXT.indexOf("增长6.5%"), TEXT.indexOf("增长6.5%") + 6, 1),
                new Span(TEXT.indexOf(budget) + budget.indexOf("增长6.5%"),
                        TEXT.indexOf(budget) + budget.indexOf("增长6.5%") + 6, 0));
    }

    @Test
    void aPhraseTwiceInOneSentenceGoesToEachQuoteInTurn() {
        String gdp = "全年地区生产总值增长6.5%，规上工业增加值增长6.5%。";
        List<Span> spans = Highlights.locate(TEXT, List.of(
                new Quote("增长6.5%", gdp), new Quote("增长6.5%", gdp), new Quote("增长6.5%", gdp)));
        int first = TEXT.indexOf("增长6.5%");
        int second = TEXT.indexOf("增长6.5%", first + 1);
        int third = TEXT.indexOf("增长6.5%", second + 1);
        assertThat(spans).extracting(Span::start).containsExactly(first, second, third);
        assertThat(spans).extracting(Span::quote).containsExactly(0, 1, 2);
    }

    @Test
    void aQuoteOverlappingAnEarlierSpanIsSkipped() {
        String sales = "社会消费品零售总额增长7%。";
        List<Span> spans = Highlights.locate(TEXT, List.of(
                new Quote("零售总额增长7%", sales),
                new Quote("增长7%", sales),
                new Quote("社会消费品零售", sales)));
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).quote()).isZero();
        assertThat(marked(TEXT, spans)).containsExactly("零售总额增长7%");
    }

    @Test
    void aQuoteNotFoundHasNoSpanAndTheOthersKeepTheirIndex() {
        List<Span> spans = Highlights.locate(TEXT, List.of(
                new Quote("增长9.9%", "全年地区生产总值增长9.9%。"),
                new Quote("12.3亿元", "一般公共预算收入完成12.3亿元，增长6.5%。"),
                new Quote("", "")));
        assertThat(spans).extracting(Span::quote).containsExactly(1);
        assertThat(marked(TEXT, spans)).containsExactly("12.3亿元");
    }

    @Test
    void aSentenceNotInTheTextFallsBackToThePhraseAnywhere() {
        List<Span> spans = Highlights.locate(TEXT, List.of(new Quote("12.3亿元", "这句话不在文中。")));
        assertThat(marked(TEXT, spans)).containsExactly("12.3亿元");
    }

    @Test
    void aSentenceStoredWithOtherWhitespaceIsStillItsSentence() {
        String text = "全区生产总值增长5%。\n全区规上工业增加值\n增长 5%，居全市第一。";
        List<Span> spans = Highlights.locate(text, List.of(new Quote("增长5%", "全区规上工业增加值增长5%，居全市第一。")));
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).start()).as("the second sentence's, not the first's").isGreaterThan(text.indexOf('\n'));
        assertThat(marked(text, spans)).containsExactly("增长 5%");
    }

    @Test
    void countsOffsetsInUtf16UnitsAsJavaScriptDoes() {
        String text = "𠀾𠁀村集体收入增长8%。";
        List<Span> spans = Highlights.locate(text, List.of(new Quote("增长8%", "𠀾𠁀村集体收入增长8%。")));
        assertThat(spans).as("two characters outside the BMP count two units each").containsExactly(new Span(9, 13, 0));
    }

    @Test
    @Timeout(10) // a rescan per taken occurrence would be 2×10⁸ searches here
    void staysLinearOnABigTextWithOneRepeatedPhrase() {
        StringBuilder b = new StringBuilder();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            b.append("第").append(i).append("项指标增长5%。");
            quotes.add(new Quote("增长5%", ""));
        }
        String text = b.toString();
        List<Span> spans = Highlights.locate(text, quotes);
        assertThat(spans).hasSize(20_000);
        assertThat(marked(text, spans)).containsOnly("增长5%");
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }
}
