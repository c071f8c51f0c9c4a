package yaowen.cli.node;

/** The configured Kafka cluster did not answer, or refused us: said in one line, "cannot reach Kafka at HOST:PORT". */
public final class KafkaUnreachableException extends RuntimeException {
    public KafkaUnreachableException(String bootstrapServers, String why) {
        super("cannot reach Kafka at " + bootstrapServers + (why == null ? "" : " (" + why + ")"), null, false, false);
    }
}
