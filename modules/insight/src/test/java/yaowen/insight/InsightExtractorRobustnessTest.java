package yaowen.insight;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class InsightExtractorRobustnessTest {
    private static final InsightExtractor EXTRACTOR = InsightExtractor.load();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "The city council met on Monday. GDP grew 5.2% last year.",
            "生产总值增长%%%亿元元元", "GDP实现....亿元,增长--%", "生产总值增长99999999999999999999999999%", "1月99日,召开会议。",
            "第第第届次全会", "\u0000\u0001\uFFFF", "增长１２３４５６７８９０１２３４５６７８９０．５％", "百分之", "会议会议会议召开召开"})
    @Timeout(5)
    void neverThrowsOnOddInput(String text) {
        Insight insight = EXTRACTOR.extract(ArticleText.of(text));
        assertThat(insight.meeting()).isNotNull();
        assertThat(insight.metrics()).allSatisfy(m -> assertThat(Double.isFinite(m.value())).isTrue());
    }

    @Test
    void reportsNothingForEnglishText() {
        Insight insight = EXTRACTOR.extract(TestArticles.load("a24-english.txt"));
        assertThat(insight.meeting().isMeeting()).isFalse();
        assertThat(insight.meeting().region()).isEmpty();
        assertThat(insight.metrics()).isEmpty();
    }

    @Test
    @Timeout(10)
    void readsAMegabyteArticleQuickly() {
        StringBuilder b = new StringBuilder();
        String paragraph = "2022年,全区生产总值完成414.9亿元,增长5.7%,社会大局和谐稳定,人民群众安居乐业,各项事业全面进步,发展势头良好。\n";
        while (b.length() < 1_000_000) {
            b.append(paragraph);
        }
        Insight insight = EXTRACTOR.extract(new ArticleText(Optional.of("祥符区召开三级干部会议"), b.toString(),
                Optional.empty(), Optional.empty()));
        assertThat(insight.metrics()).hasSize(2);
    }

    /**
     * A 200,000-character paragraph costs no more than the same sentences one per line: no figure rescans the
     * paragraph before it (that took 10 times as long, past a stream transaction's timeout). Measured in the
     * thread's own CPU time, so a busy machine slows both sides alike.
     */
    @Test
    @Timeout(120)
    void readsOneLongParagraphAsFastAsTheSameSentencesOnePerLine() {
        ArticleText paragraph = release(repeatedSentences(200_000, ""));
        ArticleText lines = release(repeatedSentences(200_000, "\n"));
        long paragraphNanos = Long.MAX_VALUE;
        long linesNanos = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) { // the first round warms the JIT up
            paragraphNanos = Math.min(paragraphNanos, cpuNanos(paragraph));
            linesNanos = Math.min(linesNanos, cpuNanos(lines));
        }
        assertThat(paragraphNanos).as("CPU ns for one paragraph vs %d ns one sentence per line", linesNanos)
                .isLessThan(3 * linesNanos + 100_000_000L);
        assertThat(paragraphNanos).isLessThan(2_000_000_000L);
    }

    /**
     * 200,000 characters of one shape, each a way a cue once rescanned what came before it: long sentences of many
     * figures (the sentence before each figure), one clause of many labels (the clause before each label), a meeting
     * of many people in one sentence without punctuation (the sentence and clause before each mention). Each took
     * 2.4 s to minutes of CPU; linear reading takes well under a second.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "全区经济运行情况|1-9月,全区生产总值增长6.5%,",
            "全区经济运行情况|一季度生产总值增长6.5%和",
            "全区经济运行情况|全县规上工业增加值完成30亿元同比增长8%及",
            "区委常委会召开会议|区委书记张伟主持会议并讲话区长李明出席和"})
    @Timeout(120)
    void readsTwoHundredThousandCharactersOfOneShapeInLinearTime(String title, String unit) {
        StringBuilder b = new StringBuilder();
        while (b.length() < 200_000) {
            b.append(unit);
            if (!title.contains("会议") && b.length() % 2000 < unit.length()) {
                b.append('。'); // sentences of about 2,000 characters (the metric walk reads that much of one)
            }
        }
        ArticleText article = new ArticleText(Optional.of(title), b.toString(),
                Optional.of(java.time.LocalDate.of(2023, 10, 20)), Optional.empty());
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            assertThat(EXTRACTOR.extract(article).meeting().isMeeting()).isEqualTo(title.contains("会议"));
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        assertThat(best).as("CPU ns for 200,000 characters").isLessThan(2_000_000_000L);
    }

    /** Sentences with period, estimate and target cues and a year now and then, up to {@code chars} characters. */
    private static String repeatedSentences(int chars, String separator) {
        String[] sentences = {
                "一季度,全区生产总值增长6.5%,预计全年增长7%左右。",
                "2023年1-9月,规上工业增加值完成30.2亿元,同比增长8.1%。",
                "初步核算,社会消费品零售总额实现52.6亿元,增长5.3%。",
                "力争上半年固定资产投资增长10%以上,城镇居民人均可支配收入达到4.6万元。"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < chars; i++) {
            b.append(sentences[i % sentences.length]).append(separator);
        }
        return b.toString();
    }

    private static ArticleText release(String text) {
        return new ArticleText(Optional.of("全区经济运行情况"), text, Optional.of(java.time.LocalDate.of(2023, 10, 20)),
                Optional.empty());
    }

    private static long cpuNanos(ArticleText article) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        assertThat(EXTRACTOR.extract(article).metrics()).isNotEmpty();
        return threads.getCurrentThreadCpuTime() - start;
    }

    @Test
    @Timeout(5)
    void readsALongLineWithoutPunctuation() {
        String text = "增长".repeat(200_000) + "5%" + "亿元".repeat(100_000);
        assertThat(EXTRACTOR.extract(ArticleText.of(text))).isNotNull();
    }

    @Test
    void mayBeSharedAcrossThreads() throws Exception {
        ArticleText article = TestArticles.load("a01-county-economic-conference.txt");
        Insight expected = EXTRACTOR.extract(article);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Insight>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> EXTRACTOR.extract(article)));
            }
            for (Future<Insight> f : futures) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void doesNotModifyItsInput() {
        ArticleText article = TestArticles.load("a15-statistics-release.txt");
        ArticleText copy = new ArticleText(article.title(), article.text(), article.publishedOn(), article.siteRegionCode());
        EXTRACTOR.extract(article);
        assertThat(article).isEqualTo(copy);
    }
}
