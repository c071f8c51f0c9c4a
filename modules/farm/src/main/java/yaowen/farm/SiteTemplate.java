package yaowen.farm;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How one CMS lays out URLs, list pages and article pages. Templates are stateless. */
interface SiteTemplate {

    /** Template id, e.g. {@code trs-wcm}. */
    String name();

    /** Path (with query, if any) of list page {@code page}, 0-based. */
    String listPath(int page);

    /** The list page a request path and query name, if it names one. */
    OptionalInt listPageOf(String path, String query);

    /**
     * The 0-based list page of {@code path} for sites that number their pages from 1 with the first page
     * unnumbered ({@code list.html}, {@code list_2.html}, …): group 1 of {@code list} holds the number.
     */
    static OptionalInt oneBasedPage(Pattern list, String path) {
        Matcher m = list.matcher(path);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int n = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        return n < 1 ? OptionalInt.empty() : OptionalInt.of(n - 1);
    }

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
