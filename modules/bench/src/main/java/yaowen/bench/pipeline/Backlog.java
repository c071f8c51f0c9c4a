package yaowen.bench.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import yaowen.pipeline.PipelineApp;
import yaowen.records.Topics;

/**
 * What the pipeline has still to do: the records of its input topics (raw pages, articles) and of its own
 * repartition topics that its consumer group has not committed yet. Committed offsets may stay one short of
 * the stable end (a transaction marker after the last record), so a partition counts as done within one.
 */
final class Backlog {
    private final Admin admin;
    private final String groupId;
    private final List<String> topics;

    Backlog(Admin admin, String applicationId, String rawTopic) {
        this.admin = admin;
        this.groupId = applicationId;
        List<String> all = new ArrayList<>(List.of(rawTopic, Topics.ARTICLES));
        all.addAll(PipelineApp.repartitionTopics(applicationId));
        this.topics = List.copyOf(all);
    }

    /** Records not yet committed by the pipeline, over all its input partitions (each counted done within one). */
    long remaining() throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        for (String topic : topics) {
            for (int p = 0; p < Topics.DEFAULT_PARTITIONS; p++) {
                ends.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        }
        var stable = admin.listOffsets(ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long left = 0;
        for (var end : stable.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            long lag = end.getValue().offset() - (done == null ? 0 : done.offset());
            left += lag > 1 ? lag : 0;
        }
        return left;
    }

    /** Waits until nothing remains, checking every 50 ms. */
    void awaitEmpty(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (remaining() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the pipeline still had " + remaining() + " records to process after " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
