package yaowen.web.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import yaowen.stores.StoreReader;
import yaowen.stores.StoredMeeting;

/**
 * {@code /api/feed}: new and updated meetings as server-sent events ({@code id: <storedAtMs>},
 * {@code event: meeting}, {@code data: <Meeting JSON>}). One poller per server asks the store for meetings
 * stored since the last it saw and hands them to every subscriber; a subscriber that sends {@code Last-Event-ID}
 * first gets what it missed. A {@code : keep-alive} comment goes out when nothing else did for a while; each
 * connection ends after {@link Settings#connectionLifetime()} (EventSource reconnects with its last id); beyond
 * {@link Settings#maxSubscribers()} a client gets a 503. The request's thread hands the stream to the feed's own
 * thread for the subscriber and returns (the JDK's server lets another thread write an exchange and close it), so
 * subscribers never hold the server's request threads. Thread-safe.
 */
public final class Feed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Feed.class);
    /** Meetings asked of the store per query. */
    private static final int BATCH = 500;
    /** Meetings replayed to a client that reconnects at most; it reloads beyond that. */
    private static final int REPLAY_CAP = 5_000;
    /** Events waiting for a slow subscriber at most; beyond, it is dropped and reconnects. */
    private static final int QUEUE = 2_000;

    /**
     * @param poll               how often the store is asked for new meetings
     * @param keepAlive          the longest silence on a connection before a comment is sent
     * @param connectionLifetime when a connection is ended (the client reconnects)
     * @param maxSubscribers     connections served at once
     */
    public record Settings(Duration poll, Duration keepAlive, Duration connectionLifetime, int maxSubscribers) {
        /** Every second, a keep-alive every 15 s, ten-minute connections, 16 subscribers. */
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(1), Duration.ofSeconds(15),
                Duration.ofMinutes(10), 16);

        public Settings {
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(keepAlive, "keepAlive");
            Objects.requireNonNull(connectionLifetime, "connectionLifetime");
            if (maxSubscribers < 1) {
                throw new IllegalArgumentException("maxSubscribers must be positive: " + maxSubscribers);
            }
        }
    }

    private final StoreReader store;
    private final Settings settings;
    private final Semaphore slots;
    private final Set<BlockingQueue<StoredMeeting>> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;
    /** Writes the streams, one thread per subscriber: a stream never holds one of the server's request threads. */
    private final ExecutorService streams;
    private volatile long seen;

    public Feed(StoreReader store, Settings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.slots = new Semaphore(settings.maxSubscribers());
        AtomicInteger threads = new AtomicInteger();
        this.streams = Executors.newFixedThreadPool(settings.maxSubscribers(), r -> {
            Thread t = new Thread(r, "yaowen-feed-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "yaowen-feed-poller");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts polling: meetings stored from now on are fanned out. */
    public Feed start() {
        seen = System.currentTimeMillis() - 1;
        poller.scheduleWithFixedDelay(this::poll, 0, settings.poll().toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void poll() {
        try {
            List<StoredMeeting> batch;
            do {
                batch = store.meetingsStoredAfter(seen, BATCH);
                for (StoredMeeting m : batch) {
                    for (BlockingQueue<StoredMeeting> q : subscribers) {
                        if (!q.offer(m)) {
                            subscribers.remove(q); // too slow: its handler sees the queue gone and ends the stream
                        }
                    }
                    seen = Math.max(seen, m.storedAtMs());
                }
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("feed: cannot read new meetings from the store: {}", e.toString());
        }
    }

    /** Serves one subscriber until its connection ends, the lifetime passes or the server stops. */
    public void handle(Route.Request request) throws IOException {
        if (Http.head(request.exchange())) { // the headers only: no slot taken
            headers(request.exchange());
            request.exchange().sendResponseHeaders(200, -1);
            return;
        }
        if (!slots.tryAcquire()) {
            throw new ApiError(503, "unavailable", null,
                    "推送连接已满（最多 " + settings.maxSubscribers() + " 个），请稍后再试",
                    "the feed serves " + settings.maxSubscribers() + " connections at most; try again later");
        }
        BlockingQueue<StoredMeeting> queue = new ArrayBlockingQueue<>(QUEUE);
        subscribers.add(queue);
        HttpExchange exchange = request.exchange();
        Http.handOff(exchange);
        try {
            streams.execute(() -> {
                try {
                    stream(exchange, queue);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the server stops
                } catch (IOException e) {
                    LOG.debug("feed: subscriber gone: {}", e.toString());
                } catch (RuntimeException e) {
                    LOG.error("feed: a stream failed", e);
                } finally {
                    subscribers.remove(queue);
                    slots.release();
                    exchange.close();
                }
            });
        } catch (RejectedExecutionException e) {
            Http.takeBack(exchange);
            subscribers.remove(queue);
            slots.release();
            throw new ApiError(503, "unavailable", null, "服务器正在停止", "the server is stopping");
        }
    }

    private void stream(HttpExchange exchange, BlockingQueue<StoredMeeting> queue) throws IOException, InterruptedException {
        Long lastId = lastEventId(exchange.getRequestHeaders().getFirst("Last-Event-ID"));
        headers(exchange);
        exchange.sendResponseHeaders(200, 0);
        long deadline = System.nanoTime() + settings.connectionLifetime().toNanos();
        try (OutputStream out = exchange.getResponseBody()) {
            write(out, "retry: 3000\n: connected\n\n");
            Sent sent = new Sent();
            if (lastId != null) {
                sent.latest = lastId;
                int replayed = 0;
                List<StoredMeeting> batch;
                do {
                    batch = store.meetingsStoredAfter(sent.latest, BATCH);
                    for (StoredMeeting m : batch) {
                        send(out, m, sent);
                    }
                    replayed += batch.size();
                } while (batch.size() == BATCH && replayed < REPLAY_CAP);
            }
            while (System.nanoTime() < deadline) {
                long wait = Math.min(settings.keepAlive().toNanos(), deadline - System.nanoTime());
                StoredMeeting m = queue.poll(Math.max(wait, 0), TimeUnit.NANOSECONDS);
                if (m != null) {
                    send(out, m, sent);
                } else if (!subscribers.contains(queue)) {
                    return; // dropped as too slow: the client reconnects with its last id
                } else {
                    write(out, ": keep-alive\n\n");
                }
            }
        }
    }

    private static void headers(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
    }

    /** The latest write time sent and the meetings sent with it, so a replayed meeting is not sent twice. */
    private static final class Sent {
        long latest = Long.MIN_VALUE;
        final Set<String> atLatest = new java.util.HashSet<>();
    }

    private static void send(OutputStream out, StoredMeeting m, Sent sent) throws IOException {
        if (m.storedAtMs() < sent.latest || m.storedAtMs() == sent.latest && !sent.atLatest.add(m.meeting().key())) {
            return;
        }
        if (m.storedAtMs() > sent.latest) {
            sent.latest = m.storedAtMs();
            sent.atLatest.clear();
            sent.atLatest.add(m.meeting().key());
        }
        write(out, event(m));
    }

    /** One server-sent event for {@code m}. */
    static String event(StoredMeeting m) {
        String data = new String(Json.bytes(Json.meeting(m.meeting())), StandardCharsets.UTF_8);
        return "id: " + m.storedAtMs() + "\nevent: meeting\ndata: " + data + "\n\n";
    }

    private static Long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return null; // not one of ours: start from now
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Stops polling and ends the streams. */
    @Override
    public void close() {
        poller.shutdownNow();
        streams.shutdownNow();
    }
}
