package yaowen.cli.analysis;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import yaowen.cleaning.FetchedPage;
import yaowen.crawler.CrawlerSettings;
import yaowen.crawler.fetch.BlockedAddressException;
import yaowen.crawler.fetch.FetchException;
import yaowen.crawler.fetch.FetchResult;
import yaowen.crawler.fetch.PageFetcher;

/**
 * {@code analyze URL}'s download: one page through the crawler's own {@link PageFetcher}, so the same limits
 * hold as for a crawl (the address guard on every hop, the body cap on the wire and after gzip, one deadline
 * for the whole response of each request), and redirects are followed hop by hop up to the crawler's
 * {@code maxRedirects}, each hop through the guard. Every refusal is a {@link Refused} whose message is one
 * line in Chinese saying what happened and what to do.
 *
 * <p>Not thread-safe on its own; the fetcher it is given is.
 */
public final class PageDownload {
    /** A page that was not analysed: the reason in one line, Chinese first, with what the user can do. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final PageFetcher fetcher;
    private final CrawlerSettings settings;

    /** Downloads with {@code fetcher} (built from {@code settings}) under {@code settings}' limits. */
    public PageDownload(PageFetcher fetcher, CrawlerSettings settings) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The page at {@code address}, after its redirects.
     *
     * @throws Refused for a bad URL, a refused address, a body over the cap, a timeout, a redirect loop or
     *                 too many redirects, a status other than 2xx, or any other failure to fetch
     */
    public FetchedPage fetch(String address) throws Refused {
        URI url = parse(address);
        Set<URI> seen = new LinkedHashSet<>();
        for (int hop = 0; ; hop++) {
            if (!seen.add(url)) {
                throw new Refused("重定向循环：" + url + " 又回到了已访问过的地址，已放弃（请检查网址或直接给出最终页面的网址）"
                        + " (redirect loop)", null);
            }
            FetchResult result = get(url);
            int status = result.status();
            if (status >= 300 && status < 400 && result.header("location").isPresent()) {
                if (hop >= settings.maxRedirects()) {
                    throw new Refused("重定向超过 " + settings.maxRedirects() + " 次，已放弃（请直接给出最终页面的网址）"
                            + " (too many redirects)", null);
                }
                url = next(url, result.header("location").get());
                continue;
            }
            if (!result.isSuccess()) {
                throw new Refused("服务器返回 HTTP " + status + "，没有可分析的页面（请确认网址可以在浏览器中打开）", null);
            }
            if (result.truncated()) {
                throw new Refused("页面超过 " + settings.maxPageBytes() + " 字节的上限，已拒绝（确需分析时用 --max-page-bytes 调高，最多 "
                        + CrawlerSettings.MAX_PAGE_BYTES_LIMIT + "；或先下载到文件再分析） (body over the cap)", null);
            }
            return new FetchedPage(result.body(), Optional.of(result.finalUrl().toString()), result.contentType(),
                    Optional.of(result.fetchedAt() == null ? Instant.now() : result.fetchedAt()));
        }
    }

    private FetchResult get(URI url) throws Refused {
        try {
            return fetcher.fetch(url, Map.of());
        } catch (BlockedAddressException e) {
            throw new Refused("地址被拒绝：" + url.getHost() + " 指向本机、内网、链路本地或云元数据地址（确属可信的内网站点时加"
                    + " --allow-private） (" + e.getMessage() + ")", e);
        } catch (FetchException e) {
            if (e.kind() == FetchException.Kind.TIMEOUT) {
                throw new Refused("在 " + settings.timeout().toSeconds() + " 秒内没有收到完整响应，已放弃（服务器太慢或不应答；"
                        + "可用 --timeout 调长） (" + e.getMessage() + ")", e);
            }
            throw new Refused("无法获取页面：" + e.getMessage() + "（请检查网址和网络）", e);
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw new Refused("已中断 (interrupted)", e);
        } catch (IOException e) {
            throw new Refused("无法获取页面：" + e.getMessage() + "（请检查网址和网络）", e);
        }
    }

    private static URI parse(String address) throws Refused {
        try {
            URI url = new URI(address.strip());
            if (url.getHost() == null || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
                throw new Refused("不是有效的 http(s) 网址：" + address + "（请给出完整网址，如 https://www.example.gov.cn/a.html）", null);
            }
            return url;
        } catch (java.net.URISyntaxException e) {
            throw new Refused("不是有效的网址：" + address + "（" + e.getReason() + "）", e);
        }
    }

    private static URI next(URI from, String location) throws Refused {
        try {
            URI to = from.resolve(new URI(location.strip()));
            if (!"http".equalsIgnoreCase(to.getScheme()) && !"https".equalsIgnoreCase(to.getScheme())) {
                throw new Refused("重定向到了非 http(s) 地址 " + to + "，已放弃", null);
            }
            return to;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new Refused("重定向地址无效：" + location + "，已放弃", e);
        }
    }
}
