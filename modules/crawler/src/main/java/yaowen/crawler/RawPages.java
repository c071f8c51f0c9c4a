package yaowen.crawler;

import java.nio.ByteBuffer;
import yaowen.crawler.discovery.Urls;
import yaowen.crawler.fetch.FetchResult;
import yaowen.records.RawPage;

/** Maps a fetched response to the {@code RawPage} record, body bytes untouched. */
final class RawPages {
    private RawPages() {
    }

    static RawPage of(SiteConfig site, FetchResult result) {
        String url = Urls.canonical(result.finalUrl()).toString();
        String requested = Urls.canonical(result.requestedUrl()).toString();
        return RawPage.newBuilder()
                .setUrl(url)
                .setRequestedUrl(requested.equals(url) ? null : requested)
                .setSiteId(site.id())
                .setSiteRegionCode(site.regionCode().orElse(null))
                .setFetchedAt(result.fetchedAt())
                .setStatus(result.status())
                .setContentType(result.contentType().orElse(null))
                .setDeclaredCharset(result.declaredCharset().orElse(null))
                .setHeaders(result.headers())
                .setBody(ByteBuffer.wrap(result.body()))
                .setTruncated(result.truncated())
                .build();
    }
}
