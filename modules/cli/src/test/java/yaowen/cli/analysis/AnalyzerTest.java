package yaowen.cli.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import yaowen.cleaning.CleanedArticle;
import yaowen.cleaning.CleaningException;
import yaowen.cleaning.FetchedPage;
import yaowen.insight.ArticleText;
import yaowen.insight.Insight;
import yaowen.insight.MeetingFacts;

class AnalyzerTest {
    private static CleanedArticle cleaned(Optional<String> publishedAt) {
        return new CleanedArticle(Optional.of("标题"), publishedAt, Optional.of("某县融媒体中心"), List.of(), "正文",
                CleanedArticle.Script.SIMPLIFIED, "UTF-8", CleanedArticle.CharsetSource.DETECTED, 0L, "h");
    }

    @Test
    void feedsInsightTheTitleTextDatePartSiteRegionUrlAndSource() {
        AtomicReference<ArticleText> seen = new AtomicReference<>();
        Insight insight = new Insight(MeetingFacts.notAMeeting(Optional.empty()), List.of());
        Analyzer analyzer = Analyzer.of(page -> cleaned(Optional.of("2023-03-01T19:55:07")), text -> {
            seen.set(text);
            return insight;
        });
        FetchedPage page = new FetchedPage("<p>正文</p>".getBytes(StandardCharsets.UTF_8),
                Optional.of("http://example.gov.cn/a.html"), Optional.empty(), Optional.empty());

        Analysis analysis = analyzer.analyze("a.html", page, Optional.of("410202"));

        assertThat(seen.get()).isEqualTo(new ArticleText(Optional.of("标题"), "正文",
                Optional.of(LocalDate.of(2023, 3, 1)), Optional.of("410202"), Optional.of("http://example.gov.cn/a.html"),
                Optional.of("某县融媒体中心")));
        assertThat(analysis.input()).isEqualTo("a.html");
        assertThat(analysis.url()).contains("http://example.gov.cn/a.html");
        assertThat(analysis.insight()).isSameAs(insight);
    }

    @Test
    void readsNoPublicationDateFromAMissingOrUnparseablePublishedAt() {
        assertThat(Analyzer.publishedOn(Optional.empty())).isEmpty();
        assertThat(Analyzer.publishedOn(Optional.of("2021-13-45"))).isEmpty();
        assertThat(Analyzer.publishedOn(Optional.of("2021"))).isEmpty();
        assertThat(Analyzer.publishedOn(Optional.of("2021-01-28"))).contains(LocalDate.of(2021, 1, 28));
    }

    @Test
    void letsCleaningFailuresThroughToTheCaller() {
        Analyzer analyzer = Analyzer.of(page -> {
            throw new CleaningException(CleaningException.Reason.EMPTY, "no bytes");
        }, text -> {
            throw new AssertionError("insight must not run");
        });

        assertThatThrownBy(() -> analyzer.analyze("-", FetchedPage.of(new byte[0])))
                .isInstanceOf(CleaningException.class)
                .hasMessage("no bytes");
    }
}
