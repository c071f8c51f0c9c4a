package yaowen.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvroJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesPlainJsonWithUnionsUnwrappedAndDatesAsIsoText() throws Exception {
        Meeting meeting = Meeting.newBuilder().setKey("410205|2024-02-01|PLENARY_SESSION").setArticleId("a1")
                .setUrl("http://example.gov.cn/a.html").setTitle("区政府第九次全体会议").setTypes(List.of("PLENARY_SESSION"))
                .setDate(LocalDate.of(2024, 2, 1)).setPlenary(9).build();

        JsonNode json = JSON.readTree(AvroJson.line(meeting));

        assertThat(json.get("title").asText()).isEqualTo("区政府第九次全体会议");
        assertThat(json.get("date").asText()).isEqualTo("2024-02-01");
        assertThat(json.get("plenary").asInt()).isEqualTo(9);
        assertThat(json.get("types").get(0).asText()).isEqualTo("PLENARY_SESSION");
        assertThat(json.get("name").isNull()).isTrue();
        assertThat(json.get("people").isArray()).isTrue();
    }

    @Test
    void writesBytesAsBase64AndTimestampsAsIsoText() throws Exception {
        JsonNode json = JSON.readTree(AvroJson.line(AvroSerdeTest.page()));

        assertThat(json.get("fetchedAt").asText()).isEqualTo("2023-11-14T22:13:20Z");
        assertThat(new String(java.util.Base64.getDecoder().decode(json.get("body").asText()),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("<p>会议</p>");
        assertThat(json.get("headers").get("etag").asText()).isEqualTo("\"x\"");
    }

    @Test
    void knowsTheValueTypeOfEveryYaowenTopicAndNoOther() {
        // every topic holds Avro records but the alerts' sent ledger, whose value is the time sent as text
        assertThat(Topics.ALL).filteredOn(t -> !t.equals(Topics.ALERTS_SENT))
                .allSatisfy(t -> assertThat(RecordSerdes.forTopic(t)).isPresent());
        assertThat(RecordSerdes.forTopic(Topics.ALERTS_SENT)).isEmpty();
        assertThat(RecordSerdes.forTopic("yaowen.meetings.json")).isEmpty();
    }
}
