package yaowen.broker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;

/**
 * The controllers of a KRaft cluster, as Kafka's {@code controller.quorum.voters} spells them
 * ({@code 1@127.0.0.1:19093,2@127.0.0.1:29093,3@127.0.0.1:39093}). Every node of a Yaowen cluster is broker and
 * controller at once, so the voters are also the brokers. Parsing and the cluster id derived from it are pure.
 *
 * @param voters the controllers, in the order given
 */
public record KraftQuorum(List<Voter> voters) {
    private static final Pattern VOTER = Pattern.compile("(\\d{1,9})@([^@:,\\s]+|\\[[0-9A-Fa-f:]+]):(\\d{1,5})");

    /** One controller: its node id and where its controller listener is. */
    public record Voter(int nodeId, String host, int port) {
        @Override
        public String toString() {
            return nodeId + "@" + host + ":" + port;
        }
    }

    public KraftQuorum {
        voters = List.copyOf(voters);
        if (voters.isEmpty()) {
            throw new IllegalArgumentException("a controller quorum needs at least one voter");
        }
        Set<Integer> ids = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (Voter v : voters) {
            if (!ids.add(v.nodeId())) {
                throw new IllegalArgumentException("node id " + v.nodeId() + " appears twice in the controller quorum");
            }
            if (!addresses.add(v.host() + ":" + v.port())) {
                throw new IllegalArgumentException(v.host() + ":" + v.port() + " appears twice in the controller quorum");
            }
        }
    }

    /**
     * Reads {@code ID@HOST:PORT[,ID@HOST:PORT…]}.
     *
     * @throws IllegalArgumentException naming the part that is wrong and the expected form
     */
    public static KraftQuorum parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the controller quorum is empty; expected ID@HOST:PORT[,ID@HOST:PORT…]");
        }
        List<Voter> voters = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Matcher m = VOTER.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part.trim() + "' in the controller quorum is not ID@HOST:PORT"
                        + " (e.g. 1@127.0.0.1:19093)");
            }
            int port = Integer.parseInt(m.group(3));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " of '" + part.trim() + "' is not between 1 and 65535");
            }
            voters.add(new Voter(Integer.parseInt(m.group(1)), m.group(2), port));
        }
        return new KraftQuorum(voters);
    }

    /** One voter on loopback: a one-node cluster. */
    public static KraftQuorum single(int nodeId, int controllerPort) {
        return new KraftQuorum(List.of(new Voter(nodeId, "127.0.0.1", controllerPort)));
    }

    /** The voter with {@code nodeId}, if it is one. */
    public Optional<Voter> voter(int nodeId) {
        return voters.stream().filter(v -> v.nodeId() == nodeId).findFirst();
    }

    /** How many brokers the cluster has (every voter is one). */
    public int size() {
        return voters.size();
    }

    /**
     * A cluster id that every node given this quorum derives alike, so {@code yaowen broker} needs no
     * {@code --cluster-id} to format three directories for one cluster: a name-based UUID of the voters,
     * in Kafka's base64 form. The voters count sorted by node id with their host names in lower case, so nodes
     * given the quorum in another order or spelling still form one cluster (a quorum written in id order and lower
     * case, as the help shows it, derives the id it always did).
     */
    public String derivedClusterId() {
        String canonical = voters.stream().sorted(Comparator.comparingInt(Voter::nodeId))
                .map(v -> v.nodeId() + "@" + v.host().toLowerCase(Locale.ROOT) + ":" + v.port())
                .collect(Collectors.joining(","));
        for (int attempt = 0; ; attempt++) {
            UUID uuid = UUID.nameUUIDFromBytes(("yaowen-kraft:" + attempt + ":" + canonical).getBytes(StandardCharsets.UTF_8));
            String id = new Uuid(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits()).toString();
            if (!id.startsWith("-")) { // as Kafka's own random ids: a leading dash reads as an option on a command line
                return id;
            }
        }
    }

    /**
     * Checks a cluster id as {@code kafka-storage format} would take it.
     *
     * @throws IllegalArgumentException when it is not 22 characters of base64 (a Kafka UUID)
     */
    public static String checkClusterId(String id) {
        try {
            if (id != null && id.length() == 22) {
                Uuid.fromString(id);
                return id;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("cluster id '" + id + "' is not a Kafka cluster id (22 characters of base64,"
                + " as kafka-storage random-uuid prints; leave it out to derive one from the quorum)");
    }

    /** Kafka's {@code controller.quorum.voters} value. */
    @Override
    public String toString() {
        return voters.stream().map(Voter::toString).collect(Collectors.joining(","));
    }
}
