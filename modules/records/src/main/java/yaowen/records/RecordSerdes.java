package yaowen.records;

/**
 * One shared serde per topic value type: Avro single-object encoding for Yaowen's records. Named apart from
 * Kafka's {@code org.apache.kafka.common.serialization.Serdes} (the String and ByteArray serdes) so both can be
 * imported side by side.
 */
public final class RecordSerdes {
    public static final AvroSerde<RawPage> RAW_PAGE = AvroSerde.of(RawPage.class);
    public static final AvroSerde<Article> ARTICLE = AvroSerde.of(Article.class);
    public static final AvroSerde<Meeting> MEETING = AvroSerde.of(Meeting.class);
    public static final AvroSerde<MetricObservation> METRIC = AvroSerde.of(MetricObservation.class);
    public static final AvroSerde<MeetingAlert> ALERT = AvroSerde.of(MeetingAlert.class);
    public static final AvroSerde<DeadLetter> DEAD_LETTER = AvroSerde.of(DeadLetter.class);

    private RecordSerdes() {
    }
}
