package yaowen.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import yaowen.cli.CommandRun;

/**
 * A second {@code demo}, {@code run} or {@code broker} on a data dir in use fails at once with one line
 * naming the dir and the holder, exit 1, and leaves the directory as it was (no logs/, no kafka/).
 * The holder is another JVM (the real case) or another command in this JVM (where Java reports an
 * overlapping lock rather than a refused one).
 */
class DataDirLockTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void aSecondProcessOnTheSameDirStopsBeforeTouchingIt() throws Exception {
        Path data = dir.resolve("data");
        Process holder = holdInChildJvm(data);
        try {
            String lockFile = Files.readString(data.resolve(DataDirLock.FILE_NAME));
            CommandRun demo = new CommandRun();

            long started = System.nanoTime();
            assertThat(demo.run("demo", "--once", "--data-dir", data.toString(), "--port", "0", "--farm-port", "0")).isEqualTo(1);

            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(5);
            assertThat(demo.err().strip()).isEqualTo("yaowen: 数据目录 " + data.toAbsolutePath()
                    + " 正被另一个进程使用 / data dir in use by another process (PID " + holder.pid()
                    + " yaowen holder); stop it or choose another data dir");
            assertThat(entries(data)).containsExactly(DataDirLock.FILE_NAME);
            assertThat(Files.readString(data.resolve(DataDirLock.FILE_NAME))).isEqualTo(lockFile);
        } finally {
            holder.destroyForcibly().waitFor();
        }
        // the OS drops the lock with the process: no stale lock after a kill
        try (DataDirLock after = DataDirLock.take(data, "test")) {
            assertThat(Files.readString(data.resolve(DataDirLock.FILE_NAME)))
                    .isEqualTo(ProcessHandle.current().pid() + " yaowen test\n");
        }
    }

    @Test
    void everyCommandThatWritesTheDirChecksFirst() throws Exception {
        Path data = dir.resolve("data");
        Path config = Files.writeString(dir.resolve("c.yaml"), "dataDir: '" + data + "'\n");
        try (DataDirLock held = DataDirLock.take(data, "demo")) {
            for (String[] args : List.of(
                    new String[] {"broker", "--data-dir", data.toString(), "--port", "0"},
                    new String[] {"demo", "--once", "--data-dir", data.toString(), "--port", "0", "--farm-port", "0"},
                    new String[] {"run", "-c", config.toString(), "--roles", "pipeline"})) {
                CommandRun run = new CommandRun();

                assertThat(run.run(args)).as(args[0]).isEqualTo(1);

                assertThat(run.err()).as(args[0]).contains(data.toAbsolutePath().toString())
                        .contains("PID " + ProcessHandle.current().pid() + " yaowen demo");
                assertThat(entries(data)).as(args[0]).containsExactly(DataDirLock.FILE_NAME);
            }
        }
    }

    @Test
    void aReleasedLockCanBeTakenAgain() throws Exception {
        Path data = dir.resolve("data");
        DataDirLock first = DataDirLock.take(data, "broker");
        assertThatThrownBy(() -> DataDirLock.take(data, "demo")).isInstanceOf(DataDirLock.InUseException.class)
                .hasMessageContaining("yaowen broker");
        first.close();

        try (DataDirLock second = DataDirLock.take(data, "demo")) {
            assertThat(Files.readString(data.resolve(DataDirLock.FILE_NAME))).endsWith(" yaowen demo\n");
        }
    }

    private static List<String> entries(Path data) throws Exception {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Starts {@link #main} in a new JVM and returns once it holds the lock on {@code data}. */
    private static Process holdInChildJvm(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DataDirLockTest.class.getName(), data.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the child JVM's first line").isEqualTo("locked");
        return child;
    }

    /** The child JVM: holds the lock until killed. */
    public static void main(String[] args) throws Exception {
        DataDirLock.take(Path.of(args[0]), "holder");
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
