/**
 * A farm of simulated Chinese local-government portals served over real HTTP on the loopback
 * interface, for {@code yaowen demo} and for integration tests.
 *
 * <p>The front door is {@link yaowen.farm.SiteFarm}: {@code SiteFarm.start(FarmOptions)} starts one
 * HTTP server per portal (each portal is its own host:port, so per-host politeness applies per
 * portal), and the farm reports its {@link yaowen.farm.FarmSite sites} and published
 * {@link yaowen.farm.FarmArticle articles} so tests know what to expect.
 *
 * <p>The portals imitate real templates: a TRS WCM portal (UTF-8), an old Henan district platform
 * (GBK, table layout), Hanweb JCMS portals (UTF-8) and a speech-collection site. Five articles are the
 * project's seed articles ({@link yaowen.farm.FarmArticle#seedId()}); the others are fictional, with
 * fictional people and figures, written in the style of official news.
 */
package yaowen.farm;
