package yaowen.broker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates topics that do not exist yet and waits until every partition has a leader: an idempotent batch
 * sent right after {@code createTopics} can be lost otherwise (KAFKA-15591). Works on any cluster.
 */
public final class TopicSetup {
    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {
    }

    /** Ensures every spec exists; returns the names it created. */
    public static List<String> ensure(Admin admin, List<NewTopic> specs, Duration timeout) {
        try {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic spec : specs) {
                if (!existing.contains(spec.name())) {
                    missing.add(spec);
                }
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            awaitLeaders(admin, specs.stream().map(NewTopic::name).toList(), timeout);
            List<String> created = missing.stream().map(NewTopic::name).toList();
            if (!created.isEmpty()) {
                LOG.info("Created topics {}", created);
            }
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics: " + e.getMessage(), e);
        }
    }

    private static void awaitLeaders(Admin admin, List<String> names, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            boolean ready = true;
            try {
                Map<String, TopicDescription> descriptions =
                        admin.describeTopics(names).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                for (TopicDescription d : descriptions.values()) {
                    ready &= d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                }
            } catch (ExecutionException e) {
                ready = false; // metadata not propagated yet
            }
            if (ready) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new TimeoutException("partitions of " + names + " have no leader after " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
