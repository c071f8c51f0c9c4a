package yaowen.pipeline.mirror;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.pipeline.deadletter.DeadLetters;
import yaowen.pipeline.deadletter.FailureKind;
import yaowen.pipeline.deadletter.Outcome;
import yaowen.records.AvroJson;
import yaowen.records.AvroSerde;
import yaowen.records.RecordSerdes;
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
            AvroSerde<?> serde = RecordSerdes.forTopic(base).orElseThrow();
            String name = "mirror-" + base;
            builder.stream(topics.of(base), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-in"))
                    .processValues(() -> new ToJson(serde), Named.as(name + "-to-json"))
                    .split(Named.as(name + "-"))
                    .branch((key, outcome) -> outcome.isOk(), Branched.withConsumer(ok -> ok
                            .mapValues(JsonMirrorTopology::jsonOrTombstone, Named.as(name + "-value"))
                            .to(topics.json(base), Produced.with(Serdes.String(), Serdes.String()).withName(name + "-out")),
                            "ok"))
                    .defaultBranch(Branched.withConsumer(failed -> failed
                            .mapValues(Outcome::deadLetter, Named.as(name + "-dead-letter"))
                            .to(topics.dlq(), Produced.with(Serdes.String(), RecordSerdes.DEAD_LETTER).withName(name + "-dlq")),
                            "failed"));
        }
    }

    private static String jsonOrTombstone(Outcome<Optional<String>> outcome) {
        return outcome.value().orElse(null);
    }

    /** Decodes one sink record and writes it as JSON; empty for a tombstone; never throws. */
    static final class ToJson extends ContextualFixedKeyProcessor<String, byte[], Outcome<Optional<String>>> {
        private static final Logger LOG = LoggerFactory.getLogger(ToJson.class);
        private final AvroSerde<?> serde;

        ToJson(AvroSerde<?> serde) {
            this.serde = Objects.requireNonNull(serde, "serde");
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            context().forward(record.withValue(json(record.key(), record.value())));
        }

        private Outcome<Optional<String>> json(String key, byte[] bytes) {
            if (bytes == null) {
                return new Outcome.Ok<>(Optional.empty());
            }
            try {
                return new Outcome.Ok<>(Optional.of(AvroJson.line((SpecificRecord) serde.decode(bytes))));
            } catch (RuntimeException e) {
                var metadata = context().recordMetadata();
                LOG.warn("Dead letter from {}: {}", metadata.map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                        .orElse("?"), e.getMessage());
                return new Outcome.Failed<>(DeadLetters.of(STAGE, FailureKind.UNDECODABLE_RECORD, e.getMessage(),
                        Optional.of(e), metadata, key, bytes, Instant.now()));
            }
        }
    }
}
