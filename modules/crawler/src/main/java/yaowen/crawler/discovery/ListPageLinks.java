package yaowen.crawler.discovery;

import java.net.URI;
import java.util.List;

/**
 * Links found on a list page, canonical and de-duplicated, in page order.
 *
 * @param articles  same-site article pages
 * @param listPages same-site further list pages (pagination), never the page itself
 */
public record ListPageLinks(List<URI> articles, List<URI> listPages) {
    public ListPageLinks {
        articles = List.copyOf(articles);
        listPages = List.copyOf(listPages);
    }
}
