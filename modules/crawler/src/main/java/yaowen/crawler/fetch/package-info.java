/**
 * The crawler's transport. {@link yaowen.crawler.fetch.PageFetcher} is the seam: one GET, raw bytes
 * and headers, no redirect followed (the politeness layer follows them hop by hop), failures as
 * {@link yaowen.crawler.fetch.FetchException} with the reason in words.
 * {@link yaowen.crawler.fetch.HttpPageFetcher} is the network implementation over the small HTTP/1.1
 * client: every resolved address passes the {@link yaowen.crawler.fetch.AddressGuard}, HTTPS trusts
 * the JDK's CAs and those of the {@link yaowen.crawler.fetch.TlsOptions}. Nothing here decodes a
 * charset.
 */
package yaowen.crawler.fetch;
