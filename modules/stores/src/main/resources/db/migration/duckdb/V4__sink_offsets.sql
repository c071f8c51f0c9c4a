-- Where the sink resumes each partition it reads: written in the same transaction as the rows of the
-- batch that ends there, so after a crash the rows and the position agree (Kafka's committed offsets are
-- only a convenience, for lag). Numbered 10 to leave room for migrations written in parallel.
CREATE TABLE sink_offsets (
    consumer_group   VARCHAR NOT NULL,
    topic            VARCHAR NOT NULL,
    kafka_partition  INTEGER NOT NULL,
    next_offset      BIGINT  NOT NULL,
    PRIMARY KEY (consumer_group, topic, kafka_partition)
);
