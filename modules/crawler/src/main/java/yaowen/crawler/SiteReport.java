package yaowen.crawler;

/**
 * What one round did on one site.
 *
 * @param siteId       the site
 * @param listPages    list pages requested (including 304 Not Modified answers)
 * @param newArticles  article pages fetched and published
 * @param failures     requests that failed (network error, timeout, refused address, HTTP 4xx/5xx,
 *                     sink failure) or a robots.txt that asked to defer
 * @param robotsDenied URLs not fetched because robots.txt disallows them
 */
public record SiteReport(String siteId, int listPages, int newArticles, int failures, int robotsDenied) {
}
