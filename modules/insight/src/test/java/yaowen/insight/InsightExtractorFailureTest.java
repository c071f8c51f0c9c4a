package yaowen.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A defect inside insight is reported with the article it failed on, never hidden as "not a meeting". */
class InsightExtractorFailureTest {
    private static final ArticleText ARTICLE = new ArticleText(Optional.of("某区召开区委全会"), "区委全会召开。",
            Optional.empty(), Optional.empty());

    @Test
    void aFailingRuleBecomesAnInsightExceptionNamingTheArticleAndItsCause() {
        IndexOutOfBoundsException defect = new IndexOutOfBoundsException("index 7 out of bounds for length 3");
        assertThatThrownBy(() -> InsightExtractor.guarded(ARTICLE, a -> {
            throw defect;
        })).isInstanceOf(InsightException.class)
                .hasCause(defect)
                .hasMessageContaining("某区召开区委全会")
                .hasMessageContaining("index 7 out of bounds")
                .satisfies(e -> assertThat(((InsightException) e).title()).contains("某区召开区委全会"));
    }

    @Test
    void aRunawayRecursionIsReportedToo() {
        assertThatThrownBy(() -> InsightExtractor.guarded(ArticleText.of("正文"), a -> {
            throw new StackOverflowError();
        })).isInstanceOf(InsightException.class).hasMessageContaining("an untitled article");
    }

    @Test
    void aSuccessfulAnalysisPassesThroughUnchanged() {
        Insight none = new Insight(MeetingFacts.notAMeeting(Optional.empty()), List.of());
        assertThat(InsightExtractor.guarded(ARTICLE, a -> none)).isSameAs(none);
    }
}
