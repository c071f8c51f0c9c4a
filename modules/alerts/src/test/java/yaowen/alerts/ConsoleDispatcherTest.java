package yaowen.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleDispatcherTest {
    @Test
    void printsOneLinePerAlert() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleDispatcher console = new ConsoleDispatcher(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        console.dispatch(Alerts.longting());
        console.dispatch(Alerts.longting());

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).hasSize(2).allMatch(l -> l.equals(AlertLine.format(Alerts.longting())));
        assertThat(console.name()).isEqualTo("console");
    }
}
