package yaowen.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cleaning.CleanedArticle;
import yaowen.cleaning.CleaningException;
import yaowen.cli.analysis.Analyzer;
import yaowen.bench.quality.QualityReport.Aspect;
import yaowen.bench.quality.QualityReport.Mode;
import yaowen.bench.quality.QualityReport.Prf;
import yaowen.bench.quality.QualityReport.Ratio;
import yaowen.insight.Insight;
import yaowen.insight.MeetingFacts;

class QualityBenchTest {
    /** Echoes the bytes as the body; fails on bytes that say FAIL, as the cleaner would on an empty page. */
    private static final Analyzer ECHO = Analyzer.of(page -> {
        String text = new String(page.body(), StandardCharsets.UTF_8).strip();
        if (text.equals("FAIL")) {
            throw new CleaningException(CleaningException.Reason.NO_TEXT, "no body");
        }
        return new CleanedArticle(Optional.empty(), Optional.of("2005-05-07T21:23:57"), Optional.empty(),
                List.of("茉莉"), text, CleanedArticle.Script.SIMPLIFIED, "UTF-8", CleanedArticle.CharsetSource.DETECTED,
                0L, "h");
    }, text -> new Insight(MeetingFacts.notAMeeting(Optional.empty()), List.of()));

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static String gold(String id, String input) {
        return "{\"id\": \"" + id + "\", \"input\": \"" + input + "\", \"article\": {\"title\": null, "
                + "\"authors\": [], \"text\": \"经济发展\", \"mustNotContain\": []}, "
                + "\"meeting\": {\"isMeeting\": false, \"types\": [], \"people\": []}, \"metrics\": []}";
    }

    @Test
    void scoresAGoldCorpusAndReportsProgressAndFailures(@TempDir Path root) throws IOException {
        write(root.resolve("gold/a.json"), gold("a", "seeds/a.txt"));
        write(root.resolve("gold/b.json"), gold("b", "seeds/b.txt"));
        write(root.resolve("gold/c.json"), gold("c", "seeds/missing.txt"));
        write(root.resolve("seeds/a.txt"), "经济发展\n");
        write(root.resolve("seeds/b.txt"), "FAIL");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        QualityReport report = QualityBench.run(root, ECHO, new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(report.mode()).isEqualTo(Mode.GOLD);
        assertThat(report.documents()).extracting(QualityReport.DocumentReport::id).containsExactly("a", "b", "c");
        assertThat(report.main().failed()).isEqualTo(2);
        assertThat(report.main().body().bigrams()).isEqualTo(new Prf(3, 3, 9));
        assertThat(report.main().fields().authors()).contains(new Ratio(0, 3));
        assertThat(report.main().meeting().orElseThrow().isMeeting()).isEqualTo(new Ratio(1, 3));
        assertThat(report.documents().get(1).failure()).contains("not cleanable (NO_TEXT): no body");
        assertThat(report.documents().get(2).issues(Aspect.ANALYSIS_FAILED)).singleElement()
                .satisfies(i -> assertThat(i.detail()).startsWith("cannot read"));
        assertThat(report.throughput()).hasValueSatisfying(t -> assertThat(t.documents()).isEqualTo(3));
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("[1/3] a ok").contains("[2/3] b FAILED not cleanable (NO_TEXT)").contains("[3/3] c FAILED");
    }

    @Test
    void acceptsTheGoldFolderItselfAsTheCorpus(@TempDir Path root) throws IOException {
        write(root.resolve("gold/a.json"), gold("a", "seeds/a.txt"));
        write(root.resolve("seeds/a.txt"), "经济发展");

        QualityReport report = QualityBench.run(root.resolve("gold"), ECHO, new PrintStream(new ByteArrayOutputStream()));

        assertThat(report.main().body().bigrams()).isEqualTo(new Prf(3, 3, 3));
    }

    @Test
    void scoresACwceCorpusWithTheMultiPostPagesApart(@TempDir Path root) throws IOException {
        write(root.resolve("original/a.html"), "经济发展");
        write(root.resolve("cleaned/a.txt"), "\uFEFF经济发展");
        write(root.resolve("date/a.txt"), "2005-5-7 21:23:57");
        write(root.resolve("author/a.txt"), "茉莉");
        write(root.resolve("original/8f1cdd94-x.html"), "别的文章");
        write(root.resolve("cleaned/8f1cdd94-x.txt"), "经济发展");
        write(root.resolve("date/8f1cdd94-x.txt"), "UNKNOWN");
        write(root.resolve("author/8f1cdd94-x.txt"), "UNKNOWN");

        QualityReport report = QualityBench.run(root, ECHO, new PrintStream(new ByteArrayOutputStream()));

        assertThat(report.mode()).isEqualTo(Mode.CWCE);
        assertThat(report.main().documents()).isEqualTo(1);
        assertThat(report.main().body().bigrams()).isEqualTo(new Prf(3, 3, 3));
        assertThat(report.main().fields().publishedAt()).contains(new Ratio(1, 1));
        assertThat(report.main().fields().authors()).contains(new Ratio(1, 1));
        QualityReport.GroupScores multi = report.group(QualityScorer.CWCE_MULTI_POST_GROUP).orElseThrow();
        assertThat(multi.body().bigrams().matched()).isZero();
        assertThat(multi.fields().publishedAt()).contains(Ratio.EMPTY);
        assertThat(report.documents().get(0).input()).isEqualTo("original/8f1cdd94-x.html");
    }

    @Test
    void rejectsAFolderThatIsNoCorpus(@TempDir Path root) {
        assertThatThrownBy(() -> QualityBench.run(root, ECHO, new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a corpus");
    }

    @Test
    void readsEveryGoldFileOfTheProjectCorpus() throws IOException {
        Path corpus = Path.of("../../corpus");
        assumeThat(Files.isDirectory(corpus.resolve("gold"))).isTrue();

        QualityReport report = QualityBench.run(corpus, ECHO, new PrintStream(new ByteArrayOutputStream()));

        assertThat(report.documents()).isNotEmpty().allSatisfy(d -> assertThat(d.failure()).isEmpty());
        assertThat(report.main().metrics().orElseThrow().tuples().expected()).isPositive();
    }
}
