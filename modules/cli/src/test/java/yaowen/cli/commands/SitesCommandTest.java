package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import yaowen.cli.Main;
import yaowen.farm.FarmOptions;
import yaowen.farm.SiteFarm;

@Timeout(60)
class SitesCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void showsTheArticleLinksOfEveryListPageWithAProgressBar(@TempDir Path dir) throws Exception {
        try (SiteFarm farm = SiteFarm.start(FarmOptions.forTests())) {
            String sites = farm.sites().stream().map(s -> "  - id: " + s.id() + "\n    name: " + s.name() + "\n"
                    + s.regionCode().map(r -> "    regionCode: \"" + r + "\"\n").orElse("")
                    + "    listUrls:\n" + s.listUrls().stream().map(u -> "      - " + u + "\n").collect(Collectors.joining())
                    + "    schedule: {minInterval: 1m, maxInterval: 10m}\n")
                    .collect(Collectors.joining("", "sites:\n", ""));
            Path file = Files.writeString(dir.resolve("sites.yaml"), sites);
            assertThat(run("sites", "check", "--allow-private", "--delay", "0ms", file.toString())).isZero();
            String text = out.toString();
            assertThat(text).contains("valid", "longting", "all " + farm.sites().stream()
                    .mapToInt(s -> s.listUrls().size()).sum() + " list pages yield article links");
            assertThat(text).contains(farm.articles().get(0).url().getPath().substring(1, 5));
            assertThat(err.toString()).contains("[##############################]", "list pages");
        }
    }

    @Test
    void reportsEveryProblemOfABadFileOnItsOwnLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sites.yaml"), """
                sites:
                  - id: Bad_Id
                    regionCode: "41"
                    listUrls: [ftp://x.example/]
                    schedule: {minInterval: 2h, maxInterval: 1m}
                  - id: ok
                    listUrls: []
                    overrides: {maxListPages: 0}
                """);
        assertThat(run("sites", "check", file.toString())).isEqualTo(2);
        assertThat(err.toString().lines().filter(l -> l.startsWith("yaowen: config error: ")).toList())
                .hasSize(6)
                .anySatisfy(l -> assertThat(l).contains("sites[0].id"))
                .anySatisfy(l -> assertThat(l).contains("sites[0].regionCode"))
                .anySatisfy(l -> assertThat(l).contains("sites[0].listUrls"))
                .anySatisfy(l -> assertThat(l).contains("sites[0].schedule"))
                .anySatisfy(l -> assertThat(l).contains("sites[1].listUrls"))
                .anySatisfy(l -> assertThat(l).contains("sites[1].overrides.maxListPages"));
    }

    @Test
    void theShippedHenanExampleIsValid() {
        Path example = Path.of("../../deploy/sites/henan-example.yaml");
        assertThat(run("sites", "check", "--validate-only", example.toString())).isZero();
        assertThat(out.toString()).contains("6 sites", "valid");
    }
}
