package yaowen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code yaowen} command line in-process and keeps what it printed. */
public final class CommandRun {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The exit status of {@code yaowen args…}. */
    public int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Standard output so far. */
    public String out() {
        return out.toString();
    }

    /** Standard error so far. */
    public String err() {
        return err.toString();
    }

    /** Forgets what was printed. */
    public void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
