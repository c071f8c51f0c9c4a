/**
 * Link discovery on list pages without per-site selectors: article links by the URL shapes of
 * common Chinese government CMSs (TRS WCM, Hanweb JCMS, district platforms…) or by list items
 * carrying a date; pagination by {@code index_N.html} links, TRS {@code createPageHTML(…)} scripts
 * and "下一页" links. Pure functions: bytes in, URLs out.
 */
package yaowen.crawler.discovery;
