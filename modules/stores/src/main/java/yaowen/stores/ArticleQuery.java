package yaowen.stores;

import java.time.LocalDate;
import java.util.List;

/**
 * Which articles: every component null means "no filter". Immutable.
 *
 * @param regionPrefix leading digits of a region code: the article's site's region, or the region of a meeting
 *                     or metric read from it
 * @param siteId       the site that published it
 * @param from         publication date on or after (articles without one never match a date filter)
 * @param to           publication date on or before
 * @param text         case-insensitive substring of the title or the body
 * @param meeting      true: only articles reporting a meeting; false: only those that report none
 */
public record ArticleQuery(String regionPrefix, String siteId, LocalDate from, LocalDate to, String text,
                           Boolean meeting) {
    /** Sort names: {@code published} (publication date, undated last), {@code fetched}. */
    public static final List<String> SORTS = List.of("published", "fetched");
    /** Default order: newest publication first. */
    public static final String DEFAULT_SORT = "-published";

    /** Every article. */
    public static ArticleQuery all() {
        return new ArticleQuery(null, null, null, null, null, null);
    }
}
