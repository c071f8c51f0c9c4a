/**
 * People named in a meeting report with their principal office and part (presided, spoke, attended), read over the
 * whole article: names are anchored on official titles ("区委副书记、区长郭炜主持") and on what follows them, with
 * HanLP's person-name recognition only as a tie-breaker.
 * Internal to insight: not part of its API.
 */
package yaowen.insight.people;
