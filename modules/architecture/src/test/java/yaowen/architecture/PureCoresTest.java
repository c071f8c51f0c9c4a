package yaowen.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * cleaning, insight and analytics are pure cores: text in, facts out. They touch no broker, database, network, file
 * system, clock, environment, metrics or logging, so they are tested with plain strings and reused anywhere.
 */
class PureCoresTest {
    private static final String[] CORES = {"yaowen.cleaning..", "yaowen.insight..", "yaowen.analytics.."};

    @Test
    void coresImportNoKafkaJdbcHttpAvroMetricsFilesOrLogging() {
        noClasses().that().resideInAnyPackage(CORES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.kafka..", "java.sql..", "javax.sql..",
                        "java.net..", "com.sun.net.httpserver..", "javax.net..", "okhttp3..", "org.apache.hc..",
                        "org.apache.avro..", "io.micrometer..",
                        "java.nio.file..", "org.slf4j..", "ch.qos.logback..")
                .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class)
                .because("a core is text in, facts out: I/O belongs to the modules that wire it")
                .check(ProductClasses.ALL);
    }

    @Test
    void coresDependOnNoOtherYaowenModule() {
        for (String core : CORES) {
            noClasses().that().resideInAPackage(core)
                    .should().dependOnClassesThat(resideInAPackage("yaowen..").and(not(resideInAPackage(core))))
                    .because("a core stands alone: the pipeline maps between it and the records")
                    .check(ProductClasses.ALL);
        }
    }

    @Test
    void coresReadNoClockAndNoEnvironment() {
        noClasses().that().resideInAnyPackage(CORES)
                .should().callMethodWhere(readsTheClockOrEnvironment())
                .because("the date an article is read against is passed in, so results do not depend on when a test runs")
                .check(ProductClasses.ALL);
    }

    @Test
    void onlyTheScriptAndNlpPackagesCallHanLp() {
        noClasses().that().resideInAPackage("yaowen.cleaning..").and().resideOutsideOfPackage("yaowen.cleaning.script..")
                .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
                .check(ProductClasses.ALL);
        noClasses().that().resideInAPackage("yaowen.insight..").and().resideOutsideOfPackage("yaowen.insight.nlp..")
                .should().dependOnClassesThat().resideInAPackage("com.hankcs..")
                .check(ProductClasses.ALL);
    }

    private static DescribedPredicate<JavaMethodCall> readsTheClockOrEnvironment() {
        Set<String> system = Set.of("currentTimeMillis", "nanoTime", "getenv", "getProperty", "getProperties");
        return DescribedPredicate.describe("read the clock (java.time now(), System.currentTimeMillis/nanoTime) or"
                + " the environment (System.getenv/getProperty)", call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    return owner.startsWith("java.time.") && (name.equals("now") || name.startsWith("system"))
                            || owner.equals("java.lang.System") && system.contains(name);
                });
    }
}
