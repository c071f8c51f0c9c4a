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
import yaowen.records.Topics.Replication;

/**
 * Creates topics that do not exist yet and waits until every partition has a leader: an idempotent batch
 * sent right after {@code createTopics} can be lost otherwise (KAFKA-15591). Works on any cluster; {@link #replication}
 * decides how many copies a cluster of that size keeps.
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

    /**
     * The replication for topics created now: one replica per broker the cluster has, at most three, and two in
     * sync from three on ({@link Replication#forBrokers}); {@code configured} when the operator set one (above 0).
     */
    public static Replication replication(Admin admin, short configured, Duration timeout) {
        if (configured > 0) {
            return Replication.of(configured);
        }
        int brokers = brokers(admin, timeout);
        Replication r = Replication.forBrokers(brokers);
        LOG.info("Replication {} with min.insync.replicas {} (from the cluster's brokers)", r.factor(), r.minInsyncReplicas());
        int voters = voters(admin, timeout);
        if (voters > brokers && Replication.forBrokers(voters).factor() > r.factor()) {
            LOG.warn("Only {} of the cluster's {} KRaft voters answer as brokers: topics created now get {} replicas and"
                    + " keep them; set kafka.replication to {} to refuse a start without them", brokers, voters,
                    r.factor(), Replication.forBrokers(voters).factor());
        }
        return r;
    }

    /** How many voters the cluster's KRaft quorum has (0 when the cluster does not say). */
    static int voters(Admin admin, Duration timeout) {
        try {
            return admin.describeMetadataQuorum().quorumInfo().get(timeout.toMillis(), TimeUnit.MILLISECONDS).voters().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debug("the cluster did not describe its quorum: {}", e.toString());
            return 0;
        }
    }

    /** How many brokers the cluster has registered now. */
    public static int brokers(Admin admin, Duration timeout) {
        try {
            return admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking for the cluster's brokers", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot ask the cluster for its brokers: " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the cluster has registered {@code expected} brokers, or {@code timeout} passed; returns how many it
     * has then. Topics replicated to every broker can be created only once they all are there.
     */
    public static int awaitBrokers(Admin admin, int expected, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        int seen = 0;
        while (true) {
            try {
                seen = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
            } catch (ExecutionException | TimeoutException e) {
                LOG.debug("brokers not known yet: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for brokers", e);
            }
            if (seen >= expected || Instant.now().isAfter(deadline)) {
                return seen;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for brokers", e);
            }
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
