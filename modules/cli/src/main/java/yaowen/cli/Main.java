package yaowen.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import yaowen.broker.BrokerStartException;
import yaowen.cli.commands.AnalyzeCommand;
import yaowen.cli.commands.AuditCommand;
import yaowen.cli.commands.FaultsCommand;
import yaowen.cli.commands.BrokerCommand;
import yaowen.cli.commands.ConfigCommand;
import yaowen.cli.commands.DataDirLock;
import yaowen.cli.commands.DemoCommand;
import yaowen.cli.commands.DlqCommand;
import yaowen.cli.commands.FarmCommand;
import yaowen.cli.commands.GroupsCommand;
import yaowen.cli.commands.RunCommand;
import yaowen.cli.commands.SitesCommand;
import yaowen.cli.commands.TapCommand;
import yaowen.cli.commands.SqlCommand;
import yaowen.cli.config.ConfigException;
import yaowen.cli.node.KafkaUnreachableException;
import yaowen.web.WebServer;

/** The {@code yaowen} command. */
@Command(name = "yaowen", mixinStandardHelpOptions = true, version = "yaowen 0.1.0",
        description = "Watches Chinese local-government websites for meetings and the economic figures announced in them.",
        footer = {"", "Benchmarks: ./yaowen bench --help (quality against gold, cleaning, insight and crawl speed)."},
        subcommands = {DemoCommand.class, RunCommand.class, AnalyzeCommand.class, BrokerCommand.class, SitesCommand.class,
                TapCommand.class, SqlCommand.class, ConfigCommand.class, DlqCommand.class, AuditCommand.class, FaultsCommand.class,
                FarmCommand.class, GroupsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        WebServer.sendSmallResponsesAtOnce(); // before the farm's or any other HTTP server starts
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (0 ok, 1 failure, 2 bad usage or config). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with Yaowen's error handling, for {@link #execute} and tests (which set out/err). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler(Main::handle);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = new PrintWriter(cli.getErr(), true) { // every line masked: a message may quote a URL with its key
            @Override
            public void println(String line) {
                super.println(yaowen.settings.Redaction.text(line));
            }
        };
        if (e instanceof ConfigException config) {
            config.problems().forEach(p -> err.println("yaowen: config error: " + p));
            return 2;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("yaowen: " + e.getMessage());
            return 2;
        }
        if (e instanceof KafkaUnreachableException || e instanceof DataDirLock.InUseException) {
            err.println("yaowen: " + e.getMessage());
            return 1;
        }
        if (e instanceof BrokerStartException) {
            err.println("yaowen: cannot start Kafka: " + e.getMessage());
            return 1;
        }
        err.println("yaowen: " + cli.getCommandName() + " failed: " + e);
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("failure", e);
        return 1;
    }
}
