package yaowen.crawler;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import yaowen.crawler.fetch.FetchResult;
import yaowen.crawler.fetch.PageFetcher;

/**
 * A {@link PageFetcher} answering from routes set by the test, without sockets; records every
 * request with its headers and the {@link ManualTime} it started at. An unknown URL answers 404.
 */
public final class MemoryFetcher implements PageFetcher {
    /** One request: the URL, its extra headers, and when it started. */
    public record Request(URI url, Map<String, String> headers, Duration at) {
    }

    /** How one URL answers. */
    @FunctionalInterface
    public interface Answer {
        /** The response (built with {@link #response}), or an exception thrown as the transport would. */
        FetchResult answer(URI url, Map<String, String> headers) throws IOException;
    }

    private final ManualTime time;
    private final Map<String, Answer> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Answer fallback;

    public MemoryFetcher(ManualTime time) {
        this.time = time;
    }

    public MemoryFetcher route(String url, Answer answer) {
        routes.put(url, answer);
        return this;
    }

    /** How URLs without a route answer (instead of 404): for sites with more pages than routes are worth. */
    public MemoryFetcher fallback(Answer answer) {
        fallback = answer;
        return this;
    }

    public MemoryFetcher html(String url, String html) {
        return route(url, (u, h) -> response(u, 200, Map.of(), html));
    }

    public MemoryFetcher robots(String host, String text) {
        return route(host + "/robots.txt", (u, h) -> response(u, 200, Map.of("content-type", "text/plain"), text));
    }

    public MemoryFetcher status(String url, int status, Map<String, String> headers) {
        return route(url, (u, h) -> response(u, status, headers, ""));
    }

    /** A response of {@code status} with {@code headers} (lower-case names) and an HTML body. */
    public FetchResult response(URI url, int status, Map<String, String> headers, String body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putIfAbsent("content-type", "text/html; charset=UTF-8");
        String contentType = all.get("content-type");
        Optional<String> charset = contentType.contains("charset=UTF-8") ? Optional.of("UTF-8") : Optional.empty();
        return new FetchResult(url, url, status, Optional.of(contentType), charset, all,
                body.getBytes(StandardCharsets.UTF_8), false, time.clock().instant());
    }

    @Override
    public FetchResult fetch(URI url, Map<String, String> requestHeaders) throws IOException {
        requests.add(new Request(url, Map.copyOf(requestHeaders), time.elapsed()));
        Answer answer = routes.get(url.toString());
        if (answer == null && fallback != null) {
            return fallback.answer(url, requestHeaders);
        }
        if (answer == null) {
            return response(url, 404, Map.of(), "<h1>404</h1>");
        }
        return answer.answer(url, requestHeaders);
    }

    /** Every request so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests for {@code url}. */
    public List<Request> requests(String url) {
        return requests.stream().filter(r -> r.url().toString().equals(url)).toList();
    }

    @Override
    public void close() {
    }
}
