package yaowen.insight;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The caller's budget stops an extraction without insight reading a clock. */
class InsightBudgetTest {
    private static final InsightExtractor EXTRACTOR = InsightExtractor.load();
    private static final String SENTENCE = "一季度,全区生产总值增长6.5%,规上工业增加值完成30.2亿元。";

    private static ArticleText article(int sentences) {
        return new ArticleText(Optional.of("全区一季度经济运行情况"), SENTENCE.repeat(sentences), Optional.empty(),
                Optional.empty());
    }

    @Test
    @Timeout(30)
    void anUnlimitedBudgetReadsWhatExtractReads() {
        ArticleText a = article(20);
        assertThat(EXTRACTOR.extract(a, Budget.UNLIMITED)).isEqualTo(EXTRACTOR.extract(a));
        assertThat(EXTRACTOR.extract(a).metrics()).isNotEmpty();
    }

    @Test
    @Timeout(30)
    void isAskedBeforeEverySentenceSoALongArticleStopsSoonAfterItRunsOut() {
        AtomicInteger asked = new AtomicInteger();
        EXTRACTOR.extract(article(1000), () -> asked.incrementAndGet() < 0);
        assertThat(asked.get()).isGreaterThanOrEqualTo(1000);

        AtomicInteger left = new AtomicInteger(500);
        assertThatThrownBy(() -> EXTRACTOR.extract(article(1000), () -> left.decrementAndGet() < 0))
                .isInstanceOf(OverBudgetException.class)
                .isNotInstanceOf(InsightException.class)
                .hasMessageContaining("全区一季度经济运行情况").hasMessageContaining("budget");
        assertThat(left.get()).isEqualTo(-1); // it stopped at the first "exhausted"
    }

    @Test
    @Timeout(30)
    void aBudgetAlreadySpentStopsBeforeAnyWork() {
        assertThatThrownBy(() -> EXTRACTOR.extract(ArticleText.of("正文"), () -> true))
                .isInstanceOf(OverBudgetException.class).hasMessageContaining("an untitled article");
    }
}
