package yaowen.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yaowen.cli.node.KafkaClients;
import yaowen.cli.node.KafkaUnreachableException;
import yaowen.cli.node.TopicProgress;

/**
 * {@code yaowen groups}: who reads what — each consumer group of the cluster, its members and the partitions
 * each holds — so an operator sees instances share the work, and a survivor take over a dead one's partitions.
 */
@Command(name = "groups", mixinStandardHelpOptions = true,
        header = "Prints the consumer groups: members, partitions and lag.",
        description = {"Prints each consumer group of a Kafka cluster with its members and the partitions each reads:",
                "how crawler, pipeline, sink and alert instances share the work, and who took over after one died."})
public final class GroupsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-b", "--bootstrap-servers"}, required = true, paramLabel = "HOST:PORT[,…]", description = "The cluster.")
    String bootstrapServers;

    @Option(names = "--group", paramLabel = "ID", description = "Only these groups (repeatable); default: every group.")
    List<String> groups;

    /** One member of a group: who it is and which partitions it reads. */
    public record Member(String clientId, String host, List<TopicPartition> partitions) {
    }

    /**
     * One consumer group as the coordinator describes it now.
     *
     * @param lag committed records it has not yet committed past, over the topics it has offsets in; -1 unknown
     */
    public record Group(String id, String state, List<Member> members, long lag) {
    }

    @Override
    public Integer call() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        List<Group> described = new ArrayList<>();
        try (Admin admin = Admin.create(p)) {
            Collection<String> ids = groups != null && !groups.isEmpty() ? groups
                    : admin.listGroups(org.apache.kafka.clients.admin.ListGroupsOptions.forConsumerGroups()).all().get(10, TimeUnit.SECONDS).stream().map(GroupListing::groupId).toList();
            Map<String, ConsumerGroupDescription> all = ids.isEmpty() ? Map.of()
                    : admin.describeConsumerGroups(ids).all().get(10, TimeUnit.SECONDS);
            for (ConsumerGroupDescription d : all.values()) {
                List<Member> members = new ArrayList<>();
                for (MemberDescription m : d.members()) {
                    members.add(new Member(m.clientId(), m.host(), List.copyOf(m.assignment().topicPartitions())));
                }
                described.add(new Group(d.groupId(), String.valueOf(d.groupState()), members, lag(admin, d.groupId())));
            }
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new KafkaUnreachableException(bootstrapServers, e.getCause() == null ? null : e.getCause().getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(described));
        out.flush();
        return 0;
    }

    /** What {@code group} still has to read in the topics it committed offsets in; -1 when that cannot be read now. */
    private long lag(Admin admin, String group) {
        try {
            List<String> topics = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .keySet().stream().map(TopicPartition::topic).distinct().sorted().toList();
            return topics.isEmpty() ? 0 : TopicProgress.lag(admin, KafkaClients.plain(bootstrapServers), group, topics);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * The groups as lines: {@code group  STATE  n members  lag N}, then per member (by client id) its partitions grouped by
     * topic ({@code yaowen.pages.raw[0,2]}); groups and members sorted, so two prints compare line by line.
     */
    public static String render(List<Group> groups) {
        StringBuilder s = new StringBuilder();
        if (groups.isEmpty()) {
            return "no consumer groups\n";
        }
        for (Group g : groups.stream().sorted(Comparator.comparing(Group::id)).toList()) {
            s.append(g.id()).append("  ").append(g.state()).append("  ").append(g.members().size())
                    .append(g.members().size() == 1 ? " member" : " members")
                    .append("  lag ").append(g.lag() < 0 ? "?" : String.valueOf(g.lag())).append('\n');
            for (Member m : g.members().stream().sorted(Comparator.comparing(Member::clientId)).toList()) {
                s.append("  ").append(m.clientId()).append(" (").append(m.host()).append(")  ")
                        .append(partitions(m.partitions())).append('\n');
            }
        }
        return s.toString();
    }

    /** {@code topic[0,2] other[1]}, or {@code (no partitions)}. */
    static String partitions(List<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return "(no partitions)";
        }
        Map<String, TreeSet<Integer>> byTopic = new TreeMap<>();
        partitions.forEach(tp -> byTopic.computeIfAbsent(tp.topic(), t -> new TreeSet<>()).add(tp.partition()));
        List<String> parts = new ArrayList<>();
        byTopic.forEach((topic, ps) -> parts.add(topic + ps.toString().replace(" ", "")));
        return String.join(" ", parts);
    }
}
