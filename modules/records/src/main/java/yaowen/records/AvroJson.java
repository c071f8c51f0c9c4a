package yaowen.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Yaowen's records as plain JSON, the shape any tool reads: one object per record with its field names,
 * a union's value without Avro's type wrapper ({@code "title": "…"}, not {@code {"string": "…"}}),
 * timestamps and dates as ISO-8601 text, enums as their symbol and bytes as Base64. Pure and thread-safe.
 */
public final class AvroJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AvroJson() {
    }

    /** {@code record} as a JSON tree. */
    public static ObjectNode tree(IndexedRecord record) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), value(record.get(field.pos())));
        }
        return node;
    }

    /** {@code record} as one line of JSON. */
    public static String line(IndexedRecord record) {
        return write(tree(record));
    }

    /** {@code node} as one line of JSON. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written: " + e.getMessage(), e);
        }
    }

    static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        } else if (v instanceof IndexedRecord r) {
            return tree(r);
        } else if (v instanceof CharSequence || v instanceof Enum<?> || v instanceof TemporalAccessor
                || (v instanceof GenericContainer c && c.getSchema().getType() == Schema.Type.ENUM)) {
            return NODES.textNode(v.toString());
        } else if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (v instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (v instanceof Long l) {
            return NODES.numberNode(l);
        } else if (v instanceof Float f) {
            return NODES.numberNode(f);
        } else if (v instanceof Double d) {
            return NODES.numberNode(d);
        } else if (v instanceof BigDecimal d) {
            return NODES.numberNode(d);
        } else if (v instanceof ByteBuffer b) {
            ByteBuffer copy = b.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        } else if (v instanceof GenericFixed f) {
            return NODES.textNode(Base64.getEncoder().encodeToString(f.bytes()));
        } else if (v instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(value(item)));
            return array;
        } else if (v instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, item) -> object.set(String.valueOf(k), value(item)));
            return object;
        }
        throw new IllegalArgumentException("no JSON form for a " + v.getClass().getName() + " in a record");
    }
}
