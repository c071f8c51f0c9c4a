/**
 * Politeness: robots.txt rules per host ({@link yaowen.crawler.politeness.RobotsCache}) and one
 * request at a time per host with a minimum delay ({@link yaowen.crawler.politeness.HostGate}).
 * A "host" is scheme, host and port, the scope of a robots.txt.
 */
package yaowen.crawler.politeness;
