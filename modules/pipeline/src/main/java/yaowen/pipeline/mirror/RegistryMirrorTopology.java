package yaowen.pipeline.mirror;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import yaowen.records.RecordSerdes;
import yaowen.records.TopicNames;

/**
 * {@code <topic>} → {@code <topic>.avro} for each sink topic in {@link TopicNames#registryMirror()}, in the
 * Confluent Schema Registry wire format: byte 0 is 0, bytes 1–4 the schema's registry id (big-endian), then the
 * record in Avro's plain binary encoding. The key stays the same string (what Confluent's StringSerializer writes),
 * a tombstone stays a tombstone; Kafka Connect's AvroConverter, Flink's avro-confluent format and ksqlDB read it
 * given the registry's URL. Shaped like {@link JsonMirrorTopology}: it reads the committed sink topic, and a value
 * that does not decode is a dead letter. The ids come from {@link #register} at start, so the topology never calls
 * the registry while it runs.
 */
public final class RegistryMirrorTopology {
    static final String STAGE = "registry-mirror";
    /** The first byte of every value in the Confluent wire format. */
    public static final byte MAGIC = 0;

    private RegistryMirrorTopology() {
    }

    /** The subject a mirror topic's values are registered under: Confluent's TopicNameStrategy. */
    public static String subject(String mirrorTopic) {
        return mirrorTopic + "-value";
    }

    /**
     * Registers the schema of each topic {@code topics} mirrors and answers the ids by {@link yaowen.records.Topics}
     * name; throws on the first the registry refuses, so a node does not start half-mirroring.
     */
    public static Map<String, Integer> register(SchemaRegistry registry, TopicNames topics) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String base : topics.registryMirror()) {
            ids.put(base, registry.register(subject(topics.avro(base)), RecordSerdes.forTopic(base).orElseThrow().schema()));
        }
        return Map.copyOf(ids);
    }

    /** Adds one mirror per topic {@code topics} asks for, writing under {@code ids} (from {@link #register}). */
    public static void addTo(StreamsBuilder builder, TopicNames topics, Map<String, Integer> ids) {
        for (String base : topics.registryMirror()) {
            Integer id = ids.get(base);
            if (id == null) {
                throw new IllegalArgumentException("no schema registry id for " + topics.avro(base));
            }
            Mirrors.add(builder, topics, base, topics.avro(base), "registry-mirror-" + base, STAGE,
                    record -> wireFormat(id, record), Serdes.ByteArray());
        }
    }

    /** {@code record} in the wire format under schema {@code id}. */
    static byte[] wireFormat(int id, SpecificRecord record) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(MAGIC);
            out.write(ByteBuffer.allocate(4).putInt(id).array());
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            // The class's own model, so its logical-type conversions (dates, timestamps) write as its serde's do.
            new SpecificDatumWriter<SpecificRecord>(record.getSchema(), SpecificData.getForClass(record.getClass()))
                    .write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
