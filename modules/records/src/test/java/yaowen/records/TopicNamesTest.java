package yaowen.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicNamesTest {
    private final TopicNames acme = new TopicNames("acme.");

    @Test
    void putsThePrefixBeforeEveryName() {
        assertThat(acme.meetings()).isEqualTo("acme.yaowen.meetings");
        assertThat(acme.pagesRaw()).isEqualTo("acme.yaowen.pages.raw");
        assertThat(acme.crawlerState()).isEqualTo("acme.yaowen.crawler.state");
        assertThat(acme.all()).hasSameSizeAs(Topics.ALL).allSatisfy(t -> assertThat(t).startsWith("acme.yaowen."));
        assertThat(TopicNames.DEFAULT.all()).isEqualTo(Topics.ALL);
    }

    @Test
    void findsTheYaowenNameBehindAPrefixedOne() {
        assertThat(acme.base("acme.yaowen.alerts")).hasValue(Topics.ALERTS);
        assertThat(acme.base("yaowen.alerts")).isEmpty();
        assertThat(acme.base("acme.other")).isEmpty();
        assertThat(acme.base("acme.yaowen.meetings.json")).isEmpty();
    }

    @Test
    void definitionsKeepEachTopicsPolicyUnderItsNewName() {
        NewTopic meetings = acme.definitions(3, (short) 1).stream().filter(t -> t.name().equals("acme.yaowen.meetings"))
                .findFirst().orElseThrow();
        assertThat(meetings.configs()).containsEntry("cleanup.policy", "compact");
        assertThat(meetings.numPartitions()).isEqualTo(3);
    }

    @Test
    void refusesAPrefixKafkaWouldRefuse() {
        assertThatThrownBy(() -> new TopicNames("acme/")).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> acme.of("acme.yaowen.meetings")).hasMessageContaining("not a Yaowen topic");
    }

    @Test
    void aRegistryMirrorIsCreatedWithItsSourceTopicsPolicy() {
        TopicNames mirrored = new TopicNames("acme.", java.util.Set.of(), java.util.Set.of(Topics.ALERTS, Topics.MEETINGS));
        assertThat(mirrored.avro(Topics.MEETINGS)).isEqualTo("acme.yaowen.meetings.avro");
        assertThat(mirrored.all()).endsWith("acme.yaowen.meetings.avro", "acme.yaowen.alerts.avro");
        NewTopic avro = mirrored.definitions(3, (short) 1).stream().filter(t -> t.name().equals("acme.yaowen.meetings.avro"))
                .findFirst().orElseThrow();
        assertThat(avro.configs()).isEqualTo(Topics.configs(Topics.MEETINGS));
        assertThatThrownBy(() -> new TopicNames("", java.util.Set.of(), java.util.Set.of(Topics.PAGES_RAW)))
                .hasMessageContaining("no Schema Registry mirror for [yaowen.pages.raw]");
    }
}
