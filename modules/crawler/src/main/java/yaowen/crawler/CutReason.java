package yaowen.crawler;

import java.util.Locale;

/**
 * Why the crawler cut something short: each limit that keeps a hostile or oversized site from
 * costing memory or time without end. Every cut is counted ({@link Crawler#cuts()}, per site in
 * {@link SiteStatus#cuts()}) and logged once, so a limit that bites is seen rather than guessed.
 */
public enum CutReason {
    /** A body longer than {@code crawler.maxPageBytes} on the wire: kept up to the cap, marked truncated. */
    BODY_CAP,
    /** A gzip or deflate body that inflated past {@code crawler.maxPageBytes} (a decompression bomb): cut there. */
    DECOMPRESSED_CAP,
    /**
     * A URL not followed because of the trap limits ({@code crawler.maxUrlLength}, {@code crawler.maxPathSegments},
     * a repeated path segment), a redirect loop or more than {@code crawler.maxRedirects} redirects.
     */
    URL_TRAP,
    /** A further list page (pagination) not followed: the site has {@code crawler.maxListPages} already. */
    LIST_PAGES_CAP,
    /**
     * An unseen article found but not kept to be fetched later: the site's backlog (articles its turns had
     * no time for, at most 10,000) or its retry set (at most 2,000, also what a stopped turn leaves) is full.
     */
    BACKLOG_CAP;

    /** The label of meters and logs: {@code body_cap}, {@code decompressed_cap}, …. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
