package yaowen.farm;

import java.util.List;
import java.util.OptionalInt;

/** How one CMS lays out URLs, list pages and article pages. Templates are stateless. */
interface SiteTemplate {

    /** Template id, e.g. {@code trs-wcm}. */
    String name();

    /** Path (with query, if any) of list page {@code page}, 0-based. */
    String listPath(int page);

    /** The list page a request path and query name, if it names one. */
    OptionalInt listPageOf(String path, String query);

    /** Path of an article given its generated numeric id. */
    String articlePath(StoredArticle article, long id);

    /** Entries per list page. */
    default int pageSize() {
        return 5;
    }

    String renderList(PortalSpec portal, List<Listed> items, int page, int pages);

    /** Renders an article page; {@code prev}/{@code next} may be null. */
    String renderArticle(PortalSpec portal, Listed item, Listed prev, Listed next, List<Listed> related);
}
