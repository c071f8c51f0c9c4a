package yaowen.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import yaowen.consume.ReadToEnd;
import yaowen.records.MeetingAlert;
import yaowen.records.MetricSummary;
import yaowen.records.TopicNames;
import yaowen.records.Topics;

/**
 * What one channel has announced, kept in the compacted topic {@link Topics#ALERTS_SENT}: key
 * {@code channel|rule|meetingKey} (an UPDATED alert adds {@code |updated-<fingerprint of its figures and
 * links>}), value the time it was sent. Checked before sending, written (and acknowledged) right after.
 *
 * <p>A mark goes to the ledger partition {@code alerts partition % ledger partitions}, so the consumer that
 * is given an alerts partition reads just that ledger partition to its end ({@link #load}) before it handles
 * a record of it: it sees every mark the previous owner made, even in another process. Not thread-safe: one
 * per channel loop, used on its thread.
 */
final class SentLedger {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /** The ledger topic, {@code yaowen.alerts.sent} under this cluster\'s prefix. */
    private final String topic;
    private final String channel;
    private final Consumer<String, byte[]> reader;
    private final Producer<String, byte[]> producer;
    private final Set<String> sent = new HashSet<>();
    private int partitions = -1;

    /**
     * @param reader   a consumer without group (assigned here), string keys
     * @param producer idempotent, {@code acks=all}; shared with the dead letters
     */
    SentLedger(String channel, Consumer<String, byte[]> reader, Producer<String, byte[]> producer) {
        this(channel, reader, producer, TopicNames.DEFAULT);
    }

    /** @param topics the names of the topics on this cluster (a prefix, see {@link TopicNames}) */
    SentLedger(String channel, Consumer<String, byte[]> reader, Producer<String, byte[]> producer, TopicNames topics) {
        this.topic = topics.of(Topics.ALERTS_SENT);
        this.channel = channel;
        this.reader = reader;
        this.producer = producer;
    }

    /** The ledger keys of {@code alert} for {@code rules} on this channel. */
    List<String> keys(MeetingAlert alert, Collection<AlertRule> rules) {
        String suffix = AlertRule.UPDATED.equals(alert.getChange()) ? "|updated-" + fingerprint(alert) : "";
        return rules.stream().map(r -> channel + "|" + r.name() + "|" + alert.getMeetingKey() + suffix).toList();
    }

    /** Whether every key was marked sent. */
    boolean allSent(Collection<String> keys) {
        return sent.containsAll(keys);
    }

    /** Reads the ledger partitions of {@code alertPartitions} to their end, adding this channel's marks. */
    void load(Collection<TopicPartition> alertPartitions) {
        if (alertPartitions.isEmpty()) {
            return;
        }
        Set<TopicPartition> ledger = new HashSet<>();
        alertPartitions.forEach(tp -> ledger.add(new TopicPartition(topic, tp.partition() % partitions())));
        reader.assign(ledger);
        reader.seekToBeginning(ledger);
        String mine = channel + "|";
        boolean done = ReadToEnd.read(reader, ledger, READ_TIMEOUT, r -> {
            if (r.key() != null && r.key().startsWith(mine)) {
                if (r.value() == null) {
                    sent.remove(r.key());
                } else {
                    sent.add(r.key());
                }
            }
        });
        if (!done) {
            throw new KafkaException("cannot read " + topic + " " + ledger + " to its end within " + READ_TIMEOUT);
        }
    }

    /**
     * Marks {@code keys} sent and waits for the broker's acknowledgement.
     *
     * @throws KafkaException when the mark could not be written
     */
    void mark(Collection<String> keys, int alertPartition, Instant at) {
        int partition = alertPartition % partitions();
        byte[] value = at.toString().getBytes(StandardCharsets.UTF_8);
        try {
            for (String key : keys) {
                producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
                sent.add(key);
            }
        } catch (ExecutionException e) {
            throw new KafkaException("cannot mark an alert sent in " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while marking an alert sent", e);
        }
    }

    /** Closes the reader (the producer belongs to the caller). */
    void close() {
        reader.close();
    }

    private int partitions() {
        if (partitions <= 0) {
            int found = ReadToEnd.partitions(reader, topic, READ_TIMEOUT).size();
            if (found == 0) {
                throw new KafkaException("topic " + topic + " does not exist (yet)");
            }
            partitions = found;
        }
        return partitions;
    }

    /** A short digest of what an UPDATED alert says: its figures and its links. */
    static String fingerprint(MeetingAlert alert) {
        StringBuilder s = new StringBuilder();
        for (MetricSummary m : alert.getHeadline()) {
            s.append(m.getIndicator()).append(m.getKind()).append(m.getMeasure()).append(m.getYear()).append(m.getValue())
                    .append(m.getUnit()).append(';');
        }
        alert.getUrls().forEach(u -> s.append(u).append(';'));
        return Long.toHexString(murmur(s.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static long murmur(byte[] data) {
        return org.apache.kafka.common.utils.Utils.murmur2(data) & 0xffffffffL;
    }
}
