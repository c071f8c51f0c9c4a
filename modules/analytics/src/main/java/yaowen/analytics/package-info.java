/**
 * Analytics: the answers an analyst asks of stored facts, as pure functions over plain records —
 * {@link yaowen.analytics.TargetsVsOutcomes} (was last year's target met?), {@link yaowen.analytics.LeadershipTimeline}
 * (who held a region's offices, from when to when), {@link yaowen.analytics.RegionTree} (province → city → county
 * with counts) and {@link yaowen.analytics.Highlights} (where each figure sits in its article's text). No I/O, no
 * clock, no logging, no other Yaowen module: the web maps its rows to these records.
 */
package yaowen.analytics;
