package yaowen.web.api;

import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * A server's downloads: the exporters by format and how many exports may be written at once. An export holds a
 * server thread until its client has read it, so a few slow readers could otherwise hold them all. Thread-safe.
 */
final class Exports {
    private final int atOnce;
    private final Semaphore slots;
    private final List<Exporter> exporters;

    Exports(int atOnce, List<Exporter> exporters) {
        this.atOnce = atOnce;
        this.slots = new Semaphore(atOnce);
        this.exporters = List.copyOf(exporters);
    }

    /** The exporter of {@code format}. */
    Exporter exporter(String format) {
        return exporters.stream().filter(e -> e.format().equals(format)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no exporter for " + format));
    }

    /**
     * Takes one of the slots; {@link #release()} when the export is written.
     *
     * @throws ApiError 503 {@code busy} when all are taken
     */
    void acquire() {
        if (!slots.tryAcquire()) {
            throw new ApiError(503, "busy", null, "正在导出的文件已达 " + atOnce + " 个，请稍后再试",
                    "at most " + atOnce + " exports are written at once; try again later");
        }
    }

    void release() {
        slots.release();
    }
}
