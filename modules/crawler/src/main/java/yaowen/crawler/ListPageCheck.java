package yaowen.crawler;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What one list page yields, for checking a site registry ({@code yaowen sites check}). Immutable.
 *
 * @param url       the list page asked for
 * @param status    the final HTTP status, when a response arrived
 * @param problem   why nothing was found (robots.txt, network, HTTP error…), empty when fetched
 * @param articles  article links found
 * @param listPages further list pages found (pagination, datastore groups, feeds)
 */
public record ListPageCheck(URI url, OptionalInt status, String problem, List<URI> articles, List<URI> listPages) {
    public ListPageCheck {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(problem, "problem");
        articles = List.copyOf(articles);
        listPages = List.copyOf(listPages);
    }

    /** True when the page answered 2xx; it may still have no article link. */
    public boolean ok() {
        return problem.isEmpty();
    }
}
