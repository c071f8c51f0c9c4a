package yaowen.crawler;

import yaowen.records.RawPage;

/**
 * Where fetched pages go. The crawler calls {@link #publish} from several threads at once, so
 * implementations must be thread-safe.
 */
public interface PageSink {

    /**
     * Publishes one page. Returns once the page is durably accepted: the crawler marks the URL seen
     * only after a normal return.
     *
     * @throws PageSinkException when the page could not be published; the URL is retried next round
     */
    void publish(RawPage page);
}
