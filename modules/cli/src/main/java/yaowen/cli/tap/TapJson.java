package yaowen.cli.tap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import yaowen.records.AvroJson;
import yaowen.records.AvroSerde;

/**
 * One Kafka record as one JSON line: {@code topic}, {@code partition}, {@code offset}, {@code timestamp}
 * (ISO-8601), {@code key} and {@code value}. A Yaowen record's value is decoded with its schema
 * ({@link AvroJson}); a JSON value (the {@code .json} mirrors) is embedded as it is; other text as a string;
 * other bytes as {@code valueBase64}. A value that does not decode keeps its bytes and says why in {@code error}.
 */
public final class TapJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TapJson() {
    }

    /** {@code record} as a line; {@code serde} decodes its value when the topic holds Yaowen records. */
    public static String line(ConsumerRecord<String, byte[]> record, Optional<AvroSerde<?>> serde) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("topic", record.topic());
        node.put("partition", record.partition());
        node.put("offset", record.offset());
        node.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
        node.put("key", record.key());
        byte[] value = record.value();
        if (value == null) {
            node.putNull("value");
        } else if (serde.isPresent()) {
            try {
                node.set("value", AvroJson.tree((SpecificRecord) serde.get().decode(value)));
            } catch (SerializationException e) {
                node.putNull("value");
                node.put("error", e.getMessage());
                node.put("valueBase64", Base64.getEncoder().encodeToString(value));
            }
        } else {
            plain(node, value);
        }
        return AvroJson.write(node);
    }

    private static void plain(ObjectNode node, byte[] value) {
        Optional<String> text = utf8(value);
        if (text.isEmpty()) {
            node.put("valueBase64", Base64.getEncoder().encodeToString(value));
            return;
        }
        try {
            JsonNode json = MAPPER.readTree(text.get());
            node.set("value", json == null ? MAPPER.getNodeFactory().textNode(text.get()) : json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            node.put("value", text.get());
        }
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
