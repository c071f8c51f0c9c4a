package yaowen.stores;

/**
 * Which page of a query's results: an order, where the previous page ended, and how many rows.
 *
 * <p>Keyset pagination: {@code cursor} is the opaque {@link Page#nextCursor()} of the previous page (null for
 * the first page), so a page is as quick deep in the results as at their start, and rows stored meanwhile do
 * not shift the pages. A cursor is valid only with the query and sort that produced it.
 *
 * @param sort   a sort name of the queried resource ({@link MeetingQuery#SORTS}, {@link MetricQuery#SORTS},
 *               {@link ArticleQuery#SORTS}, {@link PeopleQuery#SORTS}), {@code -} in front for descending; null
 *               for the resource's default
 * @param cursor null for the first page
 * @param limit  rows per page, 1 to {@link #MAX_LIMIT}
 */
public record Paging(String sort, String cursor, int limit) {
    /** Rows per page when none is asked for. */
    public static final int DEFAULT_LIMIT = 50;
    /** Most rows a page may hold (an export reads page after page). */
    public static final int MAX_LIMIT = 1000;

    public Paging {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQuery("limit", "must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    /** The first page in the default order. */
    public static Paging first(int limit) {
        return new Paging(null, null, limit);
    }
}
