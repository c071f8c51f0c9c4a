package yaowen.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    static RawPage page() {
        return RawPage.newBuilder()
                .setUrl("http://example.gov.cn/a.html")
                .setSiteId("longting")
                .setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L))
                .setStatus(200)
                .setContentType("text/html; charset=GBK")
                .setHeaders(Map.of("etag", "\"x\""))
                .setBody(ByteBuffer.wrap("<p>会议</p>".getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    @Test
    void roundTripsARecordThroughSingleObjectEncoding() {
        byte[] bytes = RecordSerdes.RAW_PAGE.serialize("t", page());
        assertThat(bytes[0]).isEqualTo((byte) 0xC3); // single-object encoding marker
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(RecordSerdes.RAW_PAGE.deserialize("t", bytes)).isEqualTo(page());
    }

    @Test
    void mapsTombstonesToNull() {
        assertThat(RecordSerdes.ARTICLE.serialize("t", null)).isNull();
        assertThat(RecordSerdes.ARTICLE.deserialize("t", null)).isNull();
    }

    @Test
    void rejectsBytesThatAreNotARecordWithAClearMessage() {
        assertThatThrownBy(() -> RecordSerdes.RAW_PAGE.decode("%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a RawPage record");
    }

    @Test
    void readsDataWrittenWithTheReleasedVersion() throws Exception {
        Schema v1 = SchemaHistory.released("MeetingAlert").get(0);
        GenericData.Record old = new GenericData.Record(v1);
        old.put("meetingKey", "410202|2021-01-27|PLENARY_SESSION");
        old.put("change", "NEW");
        old.put("types", List.of("PLENARY_SESSION"));
        old.put("headline", List.of());
        old.put("urls", List.of("http://x"));
        old.put("detectedAt", 1L);
        ByteBuffer written = new BinaryMessageEncoder<GenericData.Record>(GenericData.get(), v1).encode(old);
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);

        MeetingAlert read = RecordSerdes.ALERT.decode(bytes);

        assertThat(read.getMeetingKey()).isEqualTo("410202|2021-01-27|PLENARY_SESSION");
        assertThat(read.getUrls()).containsExactly("http://x");
    }
}
