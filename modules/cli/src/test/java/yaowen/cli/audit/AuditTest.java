package yaowen.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.cli.audit.AuditInput.AlertRef;
import yaowen.cli.audit.AuditInput.ArticleRef;
import yaowen.cli.audit.AuditInput.DeadLetterRef;
import yaowen.cli.audit.AuditInput.Keyed;
import yaowen.cli.audit.AuditInput.Raw;

@Timeout(10)
class AuditTest {
    private static final String RAW = "yaowen.pages.raw";
    private static final String ARTICLES = "yaowen.articles";

    private static Raw raw(long offset, String url) {
        return new Raw(0, offset, url, url);
    }

    private static AuditInput input(List<Raw> raw, List<ArticleRef> articles, List<DeadLetterRef> letters,
                                    List<Keyed> meetings, List<Keyed> metrics, List<AlertRef> alerts) {
        return new AuditInput(raw, articles, letters, meetings, metrics, alerts, Optional.empty());
    }

    @Test
    void everyPageBecomingAnArticleOrADeadLetterOnceIsClean() {
        AuditInput in = input(List.of(raw(0, "u1"), raw(1, "u2"), new Raw(0, 2, "bad", null)),
                List.of(new ArticleRef("a1", "u1"), new ArticleRef("a2", "u2")),
                List.of(new DeadLetterRef("clean", RAW, 0, 2)),
                List.of(new Keyed("m1", "x"), new Keyed("m1", "y")), List.of(new Keyed("k1", "x")),
                List.of(new AlertRef("m1", "NEW", "f1"), new AlertRef("m1", "UPDATED", "f2")));

        AuditReport report = Audit.of(in, RAW, ARTICLES);

        assertThat(report.ok()).isTrue();
        assertThat(report.lines()).containsExactly(
                "raw pages 3 → articles 2 + dead letters 1 · duplicates 0 · lost 0",
                "articles 2 → meetings 1, metrics 1 · duplicates 0",
                "alerts: 2 for 1 meetings (new 1, updated 1) · once each");
    }

    @Test
    void aRawPageWithNeitherArticleNorDeadLetterIsLost() {
        AuditInput in = input(List.of(raw(0, "u1"), raw(1, "u2"), new Raw(1, 0, "bad", null)),
                List.of(new ArticleRef("a1", "u1")),
                // a dead letter of another record, and one of the insight stage, account for nothing here
                List.of(new DeadLetterRef("clean", RAW, 0, 7), new DeadLetterRef("insight", ARTICLES, 1, 0)),
                List.of(), List.of(), List.of());

        AuditReport report = Audit.of(in, RAW, ARTICLES);

        assertThat(report.crawl().lost()).isEqualTo(2);
        assertThat(report.ok()).isFalse();
        assertThat(report.lost()).isEqualTo(2);
    }

    @Test
    void articlesRawPagesAndDeadLettersTwiceAreDuplicates() {
        AuditInput in = input(List.of(raw(0, "u1"), raw(1, "u1"), new Raw(0, 2, "bad", null)),
                List.of(new ArticleRef("a1", "u1"), new ArticleRef("a1", "u1"), new ArticleRef("a1", "u1")),
                List.of(new DeadLetterRef("clean", RAW, 0, 2), new DeadLetterRef("clean", RAW, 0, 2)),
                List.of(), List.of(), List.of());

        AuditReport.Crawl crawl = Audit.of(in, RAW, ARTICLES).crawl();

        assertThat(crawl.rawDuplicates()).isEqualTo(1);
        assertThat(crawl.articleDuplicates()).isEqualTo(2);
        assertThat(crawl.deadLetterDuplicates()).isEqualTo(1);
        assertThat(crawl.lost()).isZero();
        assertThat(Audit.of(in, RAW, ARTICLES).lines().get(0))
                .isEqualTo("raw pages 2 → articles 1 + dead letters 1 · duplicates 4 (raw 1, articles 2, dead letters 1) · lost 0");
    }

    @Test
    void aMergeTopicRepeatingAValueOfItsKeyIsADuplicateButAChangeIsNot() {
        List<Keyed> meetings = List.of(new Keyed("m1", "v1"), new Keyed("m1", "v2"), new Keyed("m1", "v1"),
                new Keyed("m2", "v1"));

        assertThat(Audit.repeats(meetings)).isEqualTo(1);
        AuditReport report = Audit.of(input(List.of(), List.of(), List.of(), meetings, meetings, List.of()), RAW, ARTICLES);
        assertThat(report.insight().duplicates()).isEqualTo(2);
        assertThat(report.ok()).isFalse();
    }

    @Test
    void aSecondNewAlertOrAnEqualAlertIsADuplicateOnce() {
        List<AlertRef> alerts = List.of(new AlertRef("m1", "NEW", "f1"), new AlertRef("m1", "NEW", "f1"),
                new AlertRef("m2", "NEW", "f2"), new AlertRef("m2", "NEW", "f3"),
                new AlertRef("m3", "NEW", "f4"), new AlertRef("m3", "UPDATED", "f5"), new AlertRef("m3", "UPDATED", "f5"));

        AuditReport.Alerts counted = Audit.alerts(alerts, Set.of("m1", "m2", "m3"));

        assertThat(counted.duplicates()).isEqualTo(3);
        assertThat(counted.fresh()).isEqualTo(5);
        assertThat(counted.meetings()).isEqualTo(3);
        assertThat(counted.lost()).isZero();
    }

    @Test
    void aMeetingWithoutANewAlertIsALostAlert() {
        // m2 was only ever UPDATED on the topic, m3 has no alert at all: the merge emits a NEW with every new meeting
        AuditInput in = input(List.of(), List.of(), List.of(),
                List.of(new Keyed("m1", "x"), new Keyed("m2", "x"), new Keyed("m3", "x")), List.of(),
                List.of(new AlertRef("m1", "NEW", "f1"), new AlertRef("m2", "UPDATED", "f2")));

        AuditReport report = Audit.of(in, RAW, ARTICLES);

        assertThat(report.alerts().lost()).isEqualTo(2);
        assertThat(report.lost()).isEqualTo(2);
        assertThat(report.ok()).isFalse();
        assertThat(report.lines()).contains(
                "alerts: 2 for 2 meetings (new 1, updated 1) · once each · lost 2 (meetings without a NEW alert)");
    }

    @Test
    void aRawRecordThatBecameAnArticleAndADeadLetterIsADuplicate() {
        AuditInput in = input(List.of(raw(0, "u1"), raw(1, "u2")),
                List.of(new ArticleRef("a1", "u1"), new ArticleRef("a2", "u2")),
                List.of(new DeadLetterRef("clean", RAW, 0, 1)), List.of(), List.of(), List.of());

        AuditReport report = Audit.of(in, RAW, ARTICLES);

        assertThat(report.crawl().articleAndDeadLetter()).isEqualTo(1);
        assertThat(report.crawl().deadLetters()).as("not an outcome of its own").isZero();
        assertThat(report.crawl().lost()).isZero();
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.ok()).isFalse();
        assertThat(report.lines().get(0)).isEqualTo(
                "raw pages 2 → articles 2 + dead letters 0 · duplicates 1 (raw 0, articles 0, dead letters 0,"
                        + " article and dead letter 1) · lost 0");
    }

    @Test
    void theStoreMissingATopicKeyIsALossAndAnExtraOneIsOnlyReported() {
        AuditInput topics = input(List.of(raw(0, "u1")), List.of(new ArticleRef("a1", "u1")), List.of(),
                List.of(new Keyed("m1", "x")), List.of(new Keyed("k1", "x"), new Keyed("k2", "x")), List.of());
        AuditInput.Stored store = new AuditInput.Stored(Set.of("a1", "old"), Set.of("m1"), Set.of("k1"));
        AuditInput in = new AuditInput(topics.raw(), topics.articles(), topics.deadLetters(), topics.meetings(),
                topics.metrics(), topics.alerts(), Optional.of(store));

        AuditReport report = Audit.of(in, RAW, ARTICLES);

        assertThat(report.store().orElseThrow()).isEqualTo(new AuditReport.Store(2, 1, 1, 1, 1));
        assertThat(report.lines()).contains("store: articles 2, meetings 1, metrics 1 · missing 1 · extra 1");
        assertThat(report.ok()).isFalse();
        AuditInput complete = new AuditInput(in.raw(), in.articles(), List.of(), in.meetings(), in.metrics(),
                List.of(new AlertRef("m1", "NEW", "f1")), Optional.of(new AuditInput.Stored(Set.of("a1", "old"), Set.of("m1"), Set.of("k1", "k2"))));
        assertThat(Audit.of(complete, RAW, ARTICLES).ok()).isTrue();
    }

    @Test
    void deadLettersOfAnotherPrefixedTopicDoNotAccount() {
        List<Raw> raw = new ArrayList<>(List.of(new Raw(0, 0, "bad", null)));
        AuditInput in = input(raw, List.of(), List.of(new DeadLetterRef("clean", "other." + RAW, 0, 0)),
                List.of(), List.of(), List.of());

        assertThat(Audit.of(in, RAW, ARTICLES).crawl().lost()).isEqualTo(1);
        assertThat(Audit.of(input(raw, List.of(), List.of(new DeadLetterRef("clean", RAW, 0, 0)), List.of(), List.of(),
                List.of()), RAW, ARTICLES).crawl().lost()).isZero();
    }
}
