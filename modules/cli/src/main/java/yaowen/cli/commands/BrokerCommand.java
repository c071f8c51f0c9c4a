package yaowen.cli.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import yaowen.broker.EmbeddedBroker;
import yaowen.broker.TopicSetup;
import yaowen.cli.logging.LogOptions;
import yaowen.cli.logging.Logs;
import yaowen.records.Topics;

/** {@code yaowen broker}: the embedded Kafka on its own, so several processes can share it. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Runs a one-node Kafka (KRaft) with Yaowen's topics until Ctrl-C, for nodes started with --bootstrap-servers.")
public final class BrokerCommand implements Callable<Integer> {
    @Option(names = "--data-dir", defaultValue = "data", description = "Kafka data goes to DIR/kafka, logs to DIR/logs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    LogOptions logging;

    @Option(names = "--port", defaultValue = "9092", description = "Client port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        DataDirLock lock = DataDirLock.take(dataDir, "broker"); // first: a second process must touch nothing
        try (lock;
             Logs logs = logging.start(dataDir, System.out);
             EmbeddedBroker broker = EmbeddedBroker.start(dataDir.resolve("kafka"), port, Duration.ofSeconds(90))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                TopicSetup.ensure(admin, Topics.definitions(Topics.DEFAULT_PARTITIONS, (short) 1), Duration.ofSeconds(60));
            }
            System.out.println("Kafka ready at " + broker.bootstrapServers() + " (Ctrl-C to stop)");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
