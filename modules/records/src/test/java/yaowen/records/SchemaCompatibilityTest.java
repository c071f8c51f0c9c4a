package yaowen.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build gate for schema evolution: every current topic schema must read data written with each
 * released version (backward) and be readable by consumers still on it (forward).
 */
class SchemaCompatibilityTest {

    static Stream<Arguments> releasedVersions() {
        return SchemaHistory.CURRENT.stream().flatMap(current -> {
            var released = SchemaHistory.released(current.getName());
            return Stream.iterate(0, i -> i < released.size(), i -> i + 1)
                    .map(i -> Arguments.of(current.getName() + ".v" + (i + 1), current, released.get(i)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedVersions")
    void currentSchemaReadsEveryReleasedVersion(String version, Schema current, Schema released) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(current, released);
        assertThat(result.getType()).as(version + ": " + result.getDescription())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedVersions")
    void everyReleasedVersionReadsCurrentSchema(String version, Schema current, Schema released) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(released, current);
        assertThat(result.getType()).as(version + ": " + result.getDescription())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @org.junit.jupiter.api.Test
    void everyTopicSchemaHasAReleasedVersion() {
        for (Schema current : SchemaHistory.CURRENT) {
            assertThat(SchemaHistory.released(current.getName())).as(current.getName()).isNotEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void theCheckRejectsABreakingChange() {
        Schema released = SchemaHistory.released("Article").get(0);
        // A new required field without a default breaks old data: the gate must say so.
        String broken = released.toString().replaceFirst("\\\"fields\\\"\\s*:\\s*\\[",
                "\"fields\":[{\"name\":\"mandatory\",\"type\":\"string\"},");
        Schema reader = new Schema.Parser().parse(broken);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(reader, released).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }
}
