package yaowen.cli.config;

import java.util.List;
import yaowen.alerts.channel.ChannelKeys;
import yaowen.alerts.DeliveryKeys;
import yaowen.alerts.RuleKeys;
import yaowen.crawler.CrawlerKeys;
import yaowen.crawler.SiteKeys;
import yaowen.pipeline.PipelineKeys;
import yaowen.settings.Setting;

/**
 * Where each setting sits in a config file: the sections in the order of the reference file, each with
 * its reason. The loader reads by this layout and the reference file is written from it.
 */
final class ConfigLayout {
    private ConfigLayout() {
    }

    enum Kind {
        /** Keys at the top level of the file. */
        TOP,
        /** {@code name:} holding a mapping of the settings. */
        MAP,
        /** {@code name:} holding a list of mappings of the settings (a dotted name: written as a commented example). */
        LIST
    }

    /**
     * A part of the file: {@code name} (empty for {@link Kind#TOP}), why it is there, its settings and the
     * class that defines them.
     */
    record Section(String name, Kind kind, String doc, List<Setting<?>> settings, Class<?> definedIn) {
        Section {
            settings = List.copyOf(settings);
        }

        /** How deep the section sits: 0 for {@code alerts}, 1 for {@code alerts.rules}. */
        int depth() {
            return name.isEmpty() ? 0 : name.split("\\.").length - 1;
        }

        /** The last part of the name: {@code rules} for {@code alerts.rules}. */
        String leaf() {
            return name.substring(name.lastIndexOf('.') + 1);
        }

        /** The full key of {@code setting} in this section, for messages: {@code crawler.timeout}. */
        String key(Setting<?> setting) {
            return name.isEmpty() ? setting.name() : name + "." + setting.name();
        }
    }

    static final Section DATA = new Section("", Kind.TOP, "", List.of(NodeKeys.DATA_DIR), NodeKeys.class);
    static final Section KAFKA = new Section("kafka", Kind.MAP, "", NodeKeys.KAFKA, NodeKeys.class);
    static final Section CRAWLER = new Section("crawler", Kind.MAP,
            "How the crawler behaves on every site (defined in yaowen.crawler.CrawlerKeys).", CrawlerKeys.ALL,
            CrawlerKeys.class);
    static final Section PIPELINE = new Section("pipeline", Kind.MAP,
            "The Kafka Streams pipeline that cleans pages and extracts meetings (yaowen.pipeline.PipelineKeys).",
            PipelineKeys.ALL, PipelineKeys.class);
    static final Section SITES = new Section("sites", Kind.LIST,
            "The sites to monitor (yaowen.crawler.SiteKeys); schedule and overrides replace the crawler's settings"
                    + " for one site. Check a registry with ./yaowen sites check FILE (it fetches each list page and"
                    + " shows the links found).", SiteKeys.ALL, SiteKeys.class);
    static final Section SITES_FILE = new Section("", Kind.TOP, "", List.of(NodeKeys.SITES_FILE), NodeKeys.class);
    static final Section STORE = new Section("store", Kind.MAP, "Where articles, meetings and figures are kept.",
            NodeKeys.STORE, NodeKeys.class);
    static final Section WEB = new Section("web", Kind.MAP, "", NodeKeys.WEB, NodeKeys.class);
    static final Section ALERTS = new Section("alerts", Kind.MAP, "Where new meetings are announced.", NodeKeys.ALERTS,
            NodeKeys.class);
    static final Section ALERT_DELIVERY = new Section("alerts.delivery", Kind.MAP,
            "How each channel gets its alerts (yaowen.alerts.DeliveryKeys): retries, rate, consumer groups.",
            DeliveryKeys.ALL, DeliveryKeys.class);
    static final Section ALERT_RULES = new Section("alerts.rules", Kind.LIST,
            "Which meetings each channel announces (yaowen.alerts.RuleKeys); a meeting matching several rules of a"
                    + " channel is announced there once. No rule: one default rule announces every NEW meeting not older"
                    + " than notOlderThan's default on every channel. An example (not active):",
            RuleKeys.ALL, RuleKeys.class);

    /** A list inside the alerts mapping; written commented out in the reference file, as its keys depend on the type. */
    static final Section CHANNELS = new Section("alerts.channels", Kind.LIST,
            "The channels alerts go to (yaowen.alerts.channel.ChannelKeys). Each type uses some keys: webhook url and"
                    + " secret; wecom url; dingtalk and feishu url and secret; email the smtp keys; all timeout."
                    + " ${ENV:NAME} in url, secret or smtp.password reads an environment variable.",
            ChannelKeys.ALL, ChannelKeys.class);

    /** Every section, in the order of the reference file; a dotted section follows the one it sits in. */
    static final List<Section> ALL = List.of(DATA, KAFKA, CRAWLER, PIPELINE, SITES, SITES_FILE, STORE, WEB, ALERTS,
            CHANNELS, ALERT_DELIVERY, ALERT_RULES);
}
