package yaowen.records;

import java.util.Map;
import java.util.Optional;

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
    public static final AvroSerde<CrawlState> CRAWL_STATE = AvroSerde.of(CrawlState.class);

    private static final Map<String, AvroSerde<?>> BY_TOPIC = Map.of(Topics.PAGES_RAW, RAW_PAGE, Topics.ARTICLES, ARTICLE,
            Topics.MEETINGS, MEETING, Topics.METRICS, METRIC, Topics.ALERTS, ALERT, Topics.DLQ, DEAD_LETTER,
            Topics.CRAWLER_STATE, CRAWL_STATE);

    /** The serde of the values of {@code topic}, one of {@link Topics#ALL}; empty for any other name. */
    public static Optional<AvroSerde<?>> forTopic(String topic) {
        return Optional.ofNullable(BY_TOPIC.get(topic));
    }

    private RecordSerdes() {
    }
}
