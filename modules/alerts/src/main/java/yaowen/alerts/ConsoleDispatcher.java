package yaowen.alerts;

import java.io.PrintStream;
import java.util.Objects;
import yaowen.records.MeetingAlert;

/** Prints one {@link AlertLine} per alert. Thread-safe: each line is printed whole. */
public final class ConsoleDispatcher implements AlertDispatcher {
    private final PrintStream out;

    /** Prints to {@code out}, which the caller owns. */
    public ConsoleDispatcher(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Prints to {@link System#out}. */
    public ConsoleDispatcher() {
        this(System.out);
    }

    @Override
    public void dispatch(MeetingAlert alert) {
        String line = AlertLine.format(alert);
        synchronized (out) {
            out.println(line);
            out.flush();
        }
        if (out.checkError()) {
            throw new DispatchException(name(), alert.getMeetingKey(), "the output stream failed", null);
        }
    }

    @Override
    public String name() {
        return "console";
    }
}
