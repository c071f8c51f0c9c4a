package yaowen.stores;

import java.util.Objects;

/**
 * One article reporting a stored meeting. Immutable.
 *
 * @param siteId      id of the site that published it, null when not known
 * @param publishedAt publication time, ISO-8601 local, as stated; null when not stated
 */
public record SourceRow(String articleId, String url, String siteId, String title, String publishedAt) {
    public SourceRow {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(url, "url");
    }
}
