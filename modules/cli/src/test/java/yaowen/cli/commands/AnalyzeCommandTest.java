package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import yaowen.cli.Main;

/** {@code yaowen analyze} with the real cores, on files as a user has them. */
class AnalyzeCommandTest {
    static final Path SEEDS = Path.of("../../corpus/seeds");
    static final ObjectMapper JSON = new ObjectMapper();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    static Path seed(String prefix) throws Exception {
        try (var files = Files.list(SEEDS)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void printsOneJsonObjectInTheAnalysisShapeForOneFile() throws Exception {
        assertThat(run("analyze", seed("004").toString())).isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.fieldNames()).toIterable().containsExactly("input", "article", "meeting", "metrics");
        assertThat(json.at("/article/publishedAt").asText()).isEqualTo("2021-01-28");
        assertThat(json.at("/meeting/isMeeting").asBoolean()).isTrue();
        assertThat(json.at("/meeting/region/code").asText()).isEqualTo("410202");
        assertThat(json.at("/metrics").size()).isPositive();
    }

    @Test
    void printsOneLinePerFileForAFolderAndReadsGbkPages(@TempDir Path dir) throws Exception {
        Files.copy(seed("000"), dir.resolve("a.txt"));
        String page = "<html><head><meta charset=\"gbk\"><title>祥符区召开三级干部会议_开封市祥符区人民政府</title></head>"
                + "<body><div class=\"nav\">首页 | 新闻中心</div><div class=\"content\"><p>"
                + Files.readString(seed("000")).lines().findFirst().orElseThrow() + "</p></div></body></html>";
        Files.write(dir.resolve("b.html"), page.getBytes(Charset.forName("GBK")));

        assertThat(run("analyze", dir.toString())).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode gbk = JSON.readTree(lines.get(1));
        assertThat(gbk.at("/article/charset").asText()).isEqualTo("GB18030");
        assertThat(gbk.at("/article/title").asText()).isEqualTo("祥符区召开三级干部会议");
        assertThat(gbk.at("/meeting/types/0").asText()).isEqualTo("THREE_LEVEL_CADRE");
    }

    @Test
    void reportsEachFailedInputAndExitsNonZeroWhileAnalysingTheRest(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("file.pdf"), "%PDF-1.4\n\u0000\u0001\u0002binary".getBytes(Charset.forName("ISO-8859-1")));

        assertThat(run("analyze", seed("002").toString(), pdf.toString(), dir.resolve("missing.html").toString())).isEqualTo(1);

        assertThat(out.toString().lines()).hasSize(1);
        assertThat(err.toString().lines().toList()).satisfiesExactly(
                l -> assertThat(l).startsWith("yaowen: analyze: " + pdf).contains("BINARY"),
                l -> assertThat(l).contains("missing.html: no such file"));
    }

    @Test
    void aFailedArticlePathIsReportedWhole(@TempDir Path dir) throws Exception {
        // an article saved under its site's path: dates and ids are no secrets, the operator needs the name to find it
        Path article = dir.resolve("services/2024/0105/c1234567.html");

        assertThat(run("analyze", article.toString())).isEqualTo(1);

        assertThat(err.toString()).contains(article + ": no such file");
    }
}
