package yaowen.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each module is entered through its front door: the packages below, as a module-info would export them.
 * Everything else in a module (the cleaning steps, the insight grammars, the crawler's fetch and politeness
 * machinery, the JDBC code under the stores…) is its own business, free to change without touching another
 * module. To let a module use more of another, widen the list here on purpose, in review.
 */
class FrontDoorsTest {
    /** Module (its root package) → the packages other modules may use. Subpackages are not included. */
    static final Map<String, List<String>> FRONT_DOORS = frontDoors();

    private static Map<String, List<String>> frontDoors() {
        Map<String, List<String>> doors = new LinkedHashMap<>();
        doors.put("settings", List.of("yaowen.settings"));        // Setting, Values: how every module defines its keys
        doors.put("records", List.of("yaowen.records"));          // the contracts: all of it
        doors.put("consume", List.of("yaowen.consume"));
        doors.put("cleaning", List.of("yaowen.cleaning"));        // ArticleCleaner, FetchedPage → CleanedArticle
        doors.put("insight", List.of("yaowen.insight"));          // InsightExtractor, ArticleText → Insight
        doors.put("analytics", List.of("yaowen.analytics"));      // targets vs outcomes, leadership, region tree, highlights
        doors.put("crawler", List.of("yaowen.crawler",            // Crawler, SiteConfig, CrawlerSettings, PageSink…
                "yaowen.crawler.kafka",                            // the Kafka adapters a node wires in
                "yaowen.crawler.fetch"));                          // the transport seam (PageFetcher) and FailureReason
        doors.put("farm", List.of("yaowen.farm"));
        doors.put("broker", List.of("yaowen.broker"));
        doors.put("pipeline", List.of("yaowen.pipeline"));        // PipelineApp, PipelineSettings
        doors.put("stores", List.of("yaowen.stores",              // ArticleStore and the rows it returns
                "yaowen.stores.duckdb", "yaowen.stores.postgres",  // the two stores a node opens
                "yaowen.stores.sink"));                            // the sink consumer a node runs
        doors.put("alerts", List.of("yaowen.alerts",              // AlertDispatcher, AlertConsumer
                "yaowen.alerts.channel"));                         // Channels, ChannelKeys: the config builds channels
        doors.put("web", List.of("yaowen.web",                    // WebServer
                "yaowen.web.ops"));                                // /metrics and /health: the checks a node supplies
        doors.put("testkit", List.of("yaowen.testkit"));
        doors.put("cli", List.of("yaowen.cli",                    // Main
                "yaowen.cli.analysis"));                           // the analysis the quality benchmark scores
        return doors;
    }

    @Test
    void everyModuleIsUsedByOthersOnlyThroughItsFrontDoor() {
        FRONT_DOORS.forEach((module, doors) -> {
            String inside = "yaowen." + module + "..";
            noClasses().that().resideOutsideOfPackage(inside)
                    .should().dependOnClassesThat(resideInAPackage(inside)
                            .and(not(resideInAnyPackage(doors.toArray(String[]::new)))))
                    .because(module + "'s front door is " + doors + "; use it, or widen FRONT_DOORS on purpose")
                    .allowEmptyShould(true)
                    .check(ProductClasses.ALL);
        });
    }

    @Test
    void everyModuleHasAFrontDoor() {
        Set<String> modules = new TreeSet<>();
        for (JavaClass c : ProductClasses.ALL) {
            modules.add(c.getPackageName().split("\\.")[1]);
        }
        assertThat(FRONT_DOORS.keySet()).as("a module added without saying what others may use of it")
                .containsAll(modules);
        assertThat(modules).as("every module the rules name is among the classes they check (else a rule passes on nothing)")
                .containsAll(FRONT_DOORS.keySet());
    }
}
