package yaowen.pipeline.mirror;

import org.apache.avro.Schema;

/** Where a registry mirror gets the id of the schema it writes under: a Confluent-compatible Schema Registry. */
public interface SchemaRegistry {
    /**
     * Registers {@code schema} under {@code subject} (or finds it registered) and answers its id.
     *
     * @throws IllegalStateException naming the registry, the subject and the reason when the registry refuses
     *                               or cannot be reached
     */
    int register(String subject, Schema schema);
}
