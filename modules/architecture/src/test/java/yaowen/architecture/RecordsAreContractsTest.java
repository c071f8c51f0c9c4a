package yaowen.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.apache.avro.specific.AvroGenerated;
import org.junit.jupiter.api.Test;

/**
 * records holds the contracts between stages and nothing that runs: the classes generated from schemas/,
 * their serdes and their plain-JSON form (AvroJson), topic names and definitions (Topics, and TopicNames
 * for a prefix and the JSON mirrors), the vocabulary, and the released schema history. Code that
 * consumes or produces lives in consume and in the modules that use it.
 */
class RecordsAreContractsTest {
    @Test
    void recordsHoldGeneratedClassesSerdesTopicsAndVocabularyOnly() {
        classes().that().resideInAPackage("yaowen.records..").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("AvroSerde").and().doNotHaveSimpleName("RecordSerdes")
                .and().doNotHaveSimpleName("Topics").and().doNotHaveSimpleName("Vocabulary")
                .and().doNotHaveSimpleName("SchemaHistory").and().doNotHaveSimpleName("package-info")
                .and().doNotHaveSimpleName("TopicNames").and().doNotHaveSimpleName("AvroJson")
                .should().beAnnotatedWith(AvroGenerated.class)
                .because("anything else in records is not a contract: give it its own module")
                .check(ProductClasses.ALL);
    }

    @Test
    void recordsRunNoClientsThreadsOrLogging() {
        noClasses().that().resideInAPackage("yaowen.records..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.kafka.clients.consumer..", "org.apache.kafka.clients.producer..",
                        "org.apache.kafka.streams..", "java.util.concurrent..", "java.sql..", "java.net..",
                        "org.slf4j..", "io.micrometer..")
                .orShould().dependOnClassesThat(resideInAPackage("yaowen..").and(not(resideInAPackage("yaowen.records.."))))
                .because("the contracts are data and their encoding; consumers and producers use them, not the reverse")
                .check(ProductClasses.ALL);
    }
}
