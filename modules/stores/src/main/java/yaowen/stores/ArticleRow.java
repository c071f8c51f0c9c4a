package yaowen.stores;

import java.util.List;
import java.util.Objects;

/**
 * A stored article. Immutable.
 *
 * @param publishedAt    publication time, ISO-8601 local, as stated; null when not stated
 * @param siteRegionCode region code of the publishing site, null when not known
 * @param body           the clean text; null in lists ({@link StoreReader#articles}), where it is not read
 * @param meetingKeys    the meetings this article reports (as first report or repost), empty for none
 */
public record ArticleRow(String id, String url, String siteId, String title, String publishedAt, String source,
                         List<String> authors, String siteRegionCode, long fetchedAtMs, String body,
                         List<String> meetingKeys) {
    public ArticleRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        authors = List.copyOf(authors);
        meetingKeys = List.copyOf(meetingKeys);
    }
}
