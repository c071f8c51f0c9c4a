package yaowen.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yaowen.cli.config.ConfigLoader;
import yaowen.cli.config.YaowenConfig;
import yaowen.cli.node.KafkaClients;
import yaowen.cli.tap.Tap;
import yaowen.records.TopicNames;
import yaowen.records.Topics;

/** {@code yaowen tap TOPIC}: prints a topic as JSON lines. */
@Command(name = "tap", mixinStandardHelpOptions = true,
        header = "Prints a Yaowen topic as JSON lines.",
        description = {"Prints a topic as JSON lines: topic, partition, offset, timestamp, key and the value",
                "(Yaowen's Avro records decoded with their schema). Reads committed records only, joins no",
                "consumer group and commits nothing, so it never takes records from a running Yaowen.",
                "Example: ./yaowen tap yaowen.meetings --last 5 --bootstrap-servers localhost:9092"})
public final class TapCommand implements Callable<Integer> {
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(5);

    @Parameters(paramLabel = "TOPIC", description = {"A topic, e.g. yaowen.meetings, yaowen.alerts, yaowen.dlq; with",
            "kafka.topicPrefix in --config, the name with or without the prefix."})
    String topic;

    @ArgGroup(exclusive = true)
    Start start = new Start();

    static final class Start {
        @Option(names = "--from-beginning", description = "Print every record the topic holds.")
        boolean fromBeginning;

        @Option(names = "--last", paramLabel = "N", description = "Print the last N records (default: 10).")
        Integer last;
    }

    @Option(names = "--follow", description = "Keep printing new records until Ctrl-C.")
    boolean follow;

    @Option(names = {"-c", "--config"}, description = "Take Kafka's address and client properties from this config file.")
    Path configFile;

    @Option(names = "--bootstrap-servers", description = "Kafka HOST:PORT[,…]; overrides the config's kafka.bootstrapServers.")
    String bootstrapServers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        YaowenConfig.Kafka settings = configFile == null ? null : ConfigLoader.load(configFile).kafka();
        KafkaClients kafka = kafka(settings);
        TopicNames names = settings == null ? TopicNames.DEFAULT : settings.topics();
        String name = names.base(topic).isEmpty() && Topics.ALL.contains(topic) ? names.of(topic) : topic;
        String valueType = names.base(name).orElse(name);
        kafka.requireReachable(REACH_TIMEOUT);
        int last = start.last == null ? 10 : start.last;
        if (last < 0) {
            throw new IllegalArgumentException("--last must be 0 or more, was " + last);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Tap tap = Tap.open(kafka, name, valueType, out)) {
            if (start.fromBeginning) {
                tap.printFromBeginning();
            } else {
                tap.printLast(last);
            }
            if (follow) {
                UntilStopped stop = new UntilStopped();
                try {
                    tap.follow(stop::stopping);
                } finally {
                    stop.closed();
                }
            }
        }
        return 0;
    }

    private KafkaClients kafka(YaowenConfig.Kafka settings) {
        if (bootstrapServers != null) {
            ConfigLoader.parse("kafka: {bootstrapServers: '" + bootstrapServers + "'}", "--bootstrap-servers");
            return new KafkaClients(bootstrapServers, settings == null ? java.util.Map.of() : settings.properties());
        }
        if (settings == null || settings.bootstrapServers().isEmpty()) {
            throw new IllegalArgumentException("tap needs a Kafka cluster: give --bootstrap-servers HOST:PORT, or --config"
                    + " with kafka.bootstrapServers (yaowen run and demo print their Kafka address)");
        }
        return KafkaClients.of(settings, settings.bootstrapServers().get());
    }
}
