package yaowen.crawler;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SeenUrls} in a concurrent hash set. Thread-safe; lost when the process ends. */
public final class InMemorySeenUrls implements SeenUrls {
    /** Sized for a few tens of thousands of URLs, what one crawler primes at start, so the set rarely grows. */
    private final Set<String> urls = ConcurrentHashMap.newKeySet(1 << 15);

    @Override
    public boolean isSeen(String canonicalUrl) {
        return urls.contains(Objects.requireNonNull(canonicalUrl, "canonicalUrl"));
    }

    @Override
    public void markSeen(String canonicalUrl) {
        urls.add(Objects.requireNonNull(canonicalUrl, "canonicalUrl"));
    }

    /** How many URLs are marked seen. */
    public int size() {
        return urls.size();
    }
}
