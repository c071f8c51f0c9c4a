package yaowen.bench.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import yaowen.bench.BenchMain;

/** Wiring only: two tiny pages through every extractor, quality and one speed pass. No figures are checked. */
class CleaningCommandTest {
    private static final String PAGE = "<html><head><meta charset=\"utf-8\"><title>%s_示范县人民政府</title></head><body>"
            + "<div class=nav><a href=/>首页</a><a href=/x>新闻中心</a></div>"
            + "<div class=TRS_Editor><h1>%s</h1><p>发布时间：2023-03-%02d</p>"
            + "<p>会议指出，2022年全县地区生产总值完成215.6亿元，同比增长5.2%%；一般公共预算收入完成12.3亿元。</p>"
            + "<p>会议强调，要坚持稳中求进工作总基调，全力以赴拼经济、抓项目、促发展。</p></div>"
            + "<div class=footer>网站标识码：4101010001 豫ICP备12345678号</div></body></html>";

    private static void write(Path gov, int n, String title) throws IOException {
        Files.writeString(gov.resolve("pages/00" + n + "-trs.html"), String.format(PAGE, title, title, 10 + n));
        Files.writeString(gov.resolve("gold/00" + n + "-trs.json"), String.format("""
                {"id": "gov-00%d", "input": "pages/00%d-trs.html",
                 "article": {"title": "%s", "publishedAt": "2023-03-%02d", "source": null, "authors": [],
                             "text": "会议指出，2022年全县地区生产总值完成215.6亿元，同比增长5.2%%；一般公共预算收入完成12.3亿元。\\n会议强调，要坚持稳中求进工作总基调，全力以赴拼经济、抓项目、促发展。",
                             "script": "zh-Hans", "mustNotContain": ["网站标识码", "首页"]},
                 "meeting": null, "metrics": null}
                """, n, n, title, 10 + n));
    }

    @Test
    void benchCleaningRunsEveryExtractorOnAGovSetAndPrintsTheTables(@TempDir Path corpus) throws IOException {
        Path gov = corpus.resolve("gov");
        Files.createDirectories(gov.resolve("pages"));
        Files.createDirectories(gov.resolve("gold"));
        write(gov, 1, "全县经济工作会议召开");
        write(gov, 2, "县政府召开常务会议");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = new CommandLine(new BenchMain()).execute("cleaning", "--corpus", corpus.toString(),
                    "--sets", "gov,cwce", "--warmup", "0", "--repeat", "1");
        } finally {
            System.setOut(saved);
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(printed).contains("| gov | Yaowen | 2 | 0 |", "Readability4J", "WebCollector",
                SpeedComparison.JSOUP, "set cwce skipped");
    }

    @Test
    void yaowenCleansTheTinyPageWithoutChrome(@TempDir Path corpus) throws IOException {
        Path gov = corpus.resolve("gov");
        Files.createDirectories(gov.resolve("pages"));
        Files.createDirectories(gov.resolve("gold"));
        write(gov, 1, "全县经济工作会议召开");
        BenchSet set = BenchSet.load("gov", gov);

        var report = QualityComparison.score(set, new YaowenExtractor());

        assertThat(report.main().body().bigrams().f1()).isEqualTo(1.0);
        assertThat(report.main().body().mustNotContain().hits()).isZero();
        assertThat(report.main().fields().title()).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(1.0));
        assertThat(set.pages()).extracting(BenchPage::decoded).allMatch(s -> s.contains("会议强调"));
        assertThat(List.of(set.mode().name())).containsExactly("GOLD");
    }
}
