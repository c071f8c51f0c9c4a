package yaowen.pipeline.mirror;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import yaowen.records.AvroJson;
import yaowen.records.TopicNames;

/**
 * {@code <topic>} → {@code <topic>.json} for each sink topic in {@link TopicNames#jsonMirror()}: the same key,
 * the value as one line of plain JSON ({@link AvroJson}), a tombstone as a tombstone, so kafka-console-consumer,
 * Kafka Connect's JsonConverter (schemas.enable=false), Flink and ksqlDB read it without Avro. The mirror reads
 * the committed sink topic inside the exactly-once pipeline, so it never shows a record the sink topic lost,
 * and it stays apart from the steps that produce the sink topics. A value that does not decode is a dead letter.
 */
public final class JsonMirrorTopology {
    static final String STAGE = "json-mirror";

    private JsonMirrorTopology() {
    }

    /** Adds one mirror per topic {@code topics} asks for; none when it asks for none. */
    public static void addTo(StreamsBuilder builder, TopicNames topics) {
        for (String base : topics.jsonMirror()) {
            Mirrors.add(builder, topics, base, topics.json(base), "mirror-" + base, STAGE, AvroJson::line, Serdes.String());
        }
    }
}
