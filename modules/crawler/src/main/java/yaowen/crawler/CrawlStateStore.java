package yaowen.crawler;

import java.util.List;

/**
 * Where list-page state (validators, adaptive schedules) is kept across restarts; seen article URLs
 * go to {@link SeenUrls}. Implementations must be thread-safe; {@link #save} is called after every
 * list-page check and may be asynchronous (losing the last few saves only costs a re-check).
 */
public interface CrawlStateStore {

    /** The saved states, read once when the crawler is built. */
    List<ListPageState> load();

    void save(ListPageState state);

    /** A store that keeps nothing: every start begins afresh. */
    static CrawlStateStore none() {
        return new CrawlStateStore() {
            @Override
            public List<ListPageState> load() {
                return List.of();
            }

            @Override
            public void save(ListPageState state) {
            }
        };
    }
}
