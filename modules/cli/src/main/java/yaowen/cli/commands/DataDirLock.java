package yaowen.cli.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one process that may use a data directory: an OS lock on {@code DIR/yaowen.lock}, taken before logs,
 * Kafka, Streams or DuckDB touch the directory and held until {@link #close} (or the process ends), so a
 * second {@code demo}, {@code run} or {@code broker} on the same directory stops at once and changes nothing.
 * The file names the holder (PID and command) for the second one's error.
 */
public final class DataDirLock implements AutoCloseable {
    /** The lock file's name inside the data directory. */
    public static final String FILE_NAME = "yaowen.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dataDir} (creating it if missing) for {@code command}.
     *
     * @throws InUseException when another process, or another command in this JVM, holds it
     */
    public static DataDirLock take(Path dataDir, String command) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new InUseException(dataDir, holder(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + " yaowen " + command + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the data dir " + dataDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** What the holder wrote ("PID yaowen COMMAND"), or empty when unreadable. */
    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    /** Releases the lock; the file stays (removing it would race with a process about to lock it). */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** The data directory is in use by another process (or command): the caller must stop without touching it. */
    public static final class InUseException extends RuntimeException {
        InUseException(Path dataDir, String holder) {
            super("数据目录 " + dataDir.toAbsolutePath() + " 正被另一个进程使用 / data dir in use by another process"
                    + (holder.isEmpty() ? "" : " (PID " + holder + ")")
                    + "; stop it or choose another data dir");
        }
    }
}
