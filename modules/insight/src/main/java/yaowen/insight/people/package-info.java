/**
 * People named in a meeting report with their roles and part (spoke, presided, attended), read around official
 * titles ("区委副书记、区长郭炜主持") with HanLP's person-name recognition as support.
 * Internal to insight: not part of its API.
 */
package yaowen.insight.people;
