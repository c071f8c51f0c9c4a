/**
 * HTTP fetching with jsoup: raw bytes, headers, redirects followed hop by hop through the
 * {@link yaowen.crawler.fetch.AddressGuard}. Nothing here decodes a body.
 */
package yaowen.crawler.fetch;
