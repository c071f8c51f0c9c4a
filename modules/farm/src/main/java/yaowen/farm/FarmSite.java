package yaowen.farm;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One simulated portal of a running farm.
 *
 * @param id         site id, {@code [a-z0-9-]+}, usable as a crawler site id
 * @param name       the portal's name, e.g. 开封市龙亭区人民政府
 * @param regionCode GB/T 2260 code of the portal's region; empty for sites without one
 * @param baseUri    the portal's root, {@code http://127.0.0.1:<port>/}
 * @param listUrls   first page of each news column (further pages are linked from it)
 * @param charset    the charset the portal's pages are encoded in
 * @param template   which CMS the portal imitates (e.g. {@code trs-wcm}, {@code henan-gbk},
 *                   {@code hanweb-jcms}, {@code wenmi})
 */
public record FarmSite(String id, String name, Optional<String> regionCode, URI baseUri, List<URI> listUrls,
                       Charset charset, String template) {

    public FarmSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(baseUri, "baseUri");
        listUrls = List.copyOf(listUrls);
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(template, "template");
    }
}
