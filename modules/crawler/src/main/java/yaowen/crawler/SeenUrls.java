package yaowen.crawler;

/**
 * The canonical URLs of article pages already published, so each article is fetched once.
 * Implementations must be thread-safe. The CLI primes one from the keys of {@code yaowen.pages.raw}
 * at start.
 */
public interface SeenUrls {

    boolean isSeen(String canonicalUrl);

    void markSeen(String canonicalUrl);

    /** A new empty in-memory set. */
    static SeenUrls inMemory() {
        return new InMemorySeenUrls();
    }
}
