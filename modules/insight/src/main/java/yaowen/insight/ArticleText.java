package yaowen.insight;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What insight reads: a clean article's title and text with the context that anchors dates and places.
 *
 * @param title          the article title, when known
 * @param text           clean body text, simplified script, paragraphs joined by {@code \n}
 * @param publishedOn    publication date; anchors "1月27日" to a year
 * @param siteRegionCode GB/T 2260 code of the publishing site's region, a hint for region resolution
 * @param url            the page's URL, when known: its host and path hint at the region and the year
 * @param source         the stated source ("XX县融媒体中心"), when known: a hint for the region
 */
public record ArticleText(Optional<String> title, String text, Optional<LocalDate> publishedOn,
                          Optional<String> siteRegionCode, Optional<String> url, Optional<String> source) {
    public ArticleText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(siteRegionCode, "siteRegionCode");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
    }

    /** An article whose URL and source are unknown. */
    public ArticleText(Optional<String> title, String text, Optional<LocalDate> publishedOn,
                       Optional<String> siteRegionCode) {
        this(title, text, publishedOn, siteRegionCode, Optional.empty(), Optional.empty());
    }

    public static ArticleText of(String text) {
        return new ArticleText(Optional.empty(), text, Optional.empty(), Optional.empty());
    }
}
