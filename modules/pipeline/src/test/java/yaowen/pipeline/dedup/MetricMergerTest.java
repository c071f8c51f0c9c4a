package yaowen.pipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yaowen.records.MetricEvidence;
import yaowen.records.MetricObservation;
import yaowen.records.RecordSerdes;

/**
 * The merging processor over its store: every report of one figure meets the latest merged metric, whether
 * the processor still holds it decoded or reads it back from the store (more figures than it keeps).
 */
class MetricMergerTest {
    static final String KEY = "419901|GDP|TARGET|2024|-|GROWTH|-";

    @TempDir
    Path stateDir;

    static Topology topology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(MetricMerger.storeBuilder());
        builder.stream("reports", Consumed.with(Serdes.String(), RecordSerdes.METRIC))
                .process(MetricMerger::new, MetricMerger.STORE)
                .to("merged", Produced.with(Serdes.String(), RecordSerdes.METRIC));
        return builder.build();
    }

    TopologyTestDriver driver() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "merger-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(topology(), p);
    }

    static MetricObservation report(String key, String article) {
        MetricObservation o = MetricMergeTest.report(article, "REPORT", 6.5, null, false);
        o.setKey(key);
        return o;
    }

    @Test
    void eachReportOfAFigureMeetsTheLatestMergedMetric() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, MetricObservation> in = driver.createInputTopic("reports", Serdes.String().serializer(),
                    RecordSerdes.METRIC.serializer());
            TestOutputTopic<String, MetricObservation> out = driver.createOutputTopic("merged", Serdes.String().deserializer(),
                    RecordSerdes.METRIC.deserializer());
            for (String article : List.of("a", "b", "c", "b")) {
                in.pipeInput(KEY, report(KEY, article));
            }

            List<MetricObservation> merged = out.readValuesToList();
            assertThat(merged).hasSize(3); // b again changes nothing
            assertThat(merged.get(2).getReports()).extracting(MetricEvidence::getArticleId).containsExactly("a", "b", "c");
        }
    }

    @Test
    void aFigureNoLongerHeldDecodedIsReadBackFromTheStore() {
        try (TopologyTestDriver driver = driver()) {
            TestInputTopic<String, MetricObservation> in = driver.createInputTopic("reports", Serdes.String().serializer(),
                    RecordSerdes.METRIC.serializer());
            TestOutputTopic<String, MetricObservation> out = driver.createOutputTopic("merged", Serdes.String().deserializer(),
                    RecordSerdes.METRIC.deserializer());
            in.pipeInput(KEY, report(KEY, "a"));
            in.pipeInput(KEY, report(KEY, "b"));
            for (int i = 0; i < MetricMerger.RECENT + 10; i++) { // pushes KEY out of the processor's recent ones
                in.pipeInput("other-" + i, report("other-" + i, "x"));
            }
            in.pipeInput(KEY, report(KEY, "c"));

            List<MetricObservation> merged = out.readValuesToList();
            assertThat(merged.get(merged.size() - 1).getReports()).extracting(MetricEvidence::getArticleId)
                    .containsExactly("a", "b", "c");
            assertThat(merged).hasSize(2 + MetricMerger.RECENT + 10 + 1);
        }
    }
}
