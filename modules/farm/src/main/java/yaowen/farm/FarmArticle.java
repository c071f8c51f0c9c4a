package yaowen.farm;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An article published by a farm portal.
 *
 * @param siteId      id of the {@link FarmSite} serving it
 * @param url         absolute URL of the article page
 * @param title       title as shown on the page
 * @param publishedAt publication time shown on the page (local time, Asia/Shanghai; midnight when
 *                    the page shows a date only)
 * @param source      the 来源 shown on the page; empty string when the page shows none
 * @param seedId      {@code seed-000} … {@code seed-004} for the project's seed articles (see
 *                    {@code corpus/gold/}), empty for the farm's own articles
 */
public record FarmArticle(String siteId, URI url, String title, LocalDateTime publishedAt, String source,
                          Optional<String> seedId) {

    public FarmArticle {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(seedId, "seedId");
    }
}
