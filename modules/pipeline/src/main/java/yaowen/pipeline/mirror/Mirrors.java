package yaowen.pipeline.mirror;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
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
import yaowen.records.AvroSerde;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;

/**
 * What every mirror of a sink topic does ({@link JsonMirrorTopology}, {@link RegistryMirrorTopology}): read the
 * committed sink topic, decode each record with its {@link RecordSerdes} serde, write it in another format under
 * the same key to the mirror topic, keep a tombstone a tombstone, and send a value that does not decode to the
 * dead letters. Only the format differs.
 */
final class Mirrors {
    private Mirrors() {
    }

    /**
     * Adds the mirror of sink topic {@code base} to {@code target}, its processors named {@code name-…}.
     *
     * @param format the record in the mirror's format; may throw (the record is then a dead letter of {@code stage})
     */
    static <V> void add(StreamsBuilder builder, TopicNames topics, String base, String target, String name, String stage,
                        Function<SpecificRecord, V> format, Serde<V> values) {
        AvroSerde<?> serde = RecordSerdes.forTopic(base).orElseThrow();
        builder.stream(topics.of(base), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-in"))
                .processValues(() -> new Reformat<>(serde, format, stage), Named.as(name + "-reformat"))
                .split(Named.as(name + "-"))
                .branch((key, outcome) -> outcome.isOk(), Branched.withConsumer(ok -> ok
                        .mapValues((Outcome<Optional<V>> o) -> o.value().orElse(null), Named.as(name + "-value"))
                        .to(target, Produced.with(Serdes.String(), values).withName(name + "-out")), "ok"))
                .defaultBranch(Branched.withConsumer(failed -> failed
                        .mapValues(Outcome::deadLetter, Named.as(name + "-dead-letter"))
                        .to(topics.dlq(), Produced.with(Serdes.String(), RecordSerdes.DEAD_LETTER).withName(name + "-dlq")),
                        "failed"));
    }

    /** Decodes one sink record and writes it in the mirror's format; empty for a tombstone; never throws. */
    static final class Reformat<V> extends ContextualFixedKeyProcessor<String, byte[], Outcome<Optional<V>>> {
        private static final Logger LOG = LoggerFactory.getLogger(Reformat.class);
        private final AvroSerde<?> serde;
        private final Function<SpecificRecord, V> format;
        private final String stage;

        Reformat(AvroSerde<?> serde, Function<SpecificRecord, V> format, String stage) {
            this.serde = Objects.requireNonNull(serde, "serde");
            this.format = Objects.requireNonNull(format, "format");
            this.stage = Objects.requireNonNull(stage, "stage");
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            context().forward(record.withValue(reformat(record.key(), record.value())));
        }

        private Outcome<Optional<V>> reformat(String key, byte[] bytes) {
            if (bytes == null) {
                return new Outcome.Ok<>(Optional.empty());
            }
            try {
                return new Outcome.Ok<>(Optional.of(format.apply((SpecificRecord) serde.decode(bytes))));
            } catch (RuntimeException e) {
                var metadata = context().recordMetadata();
                LOG.warn("Dead letter from {}: {}", metadata.map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                        .orElse("?"), e.getMessage());
                return new Outcome.Failed<>(DeadLetters.of(stage, FailureKind.UNDECODABLE_RECORD, e.getMessage(),
                        Optional.of(e), metadata, key, bytes, Instant.now()));
            }
        }
    }
}
