package yaowen.cli.node;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The parts of Yaowen one process can run; a node runs any subset against the same cluster. */
public enum Role {
    /** Monitor the configured sites and publish raw pages. */
    CRAWL,
    /** The Kafka Streams pipeline: clean, insight, dedup, alerts, dead letters. */
    PIPELINE,
    /** Write articles, meetings and metrics into the store. */
    SINK,
    /** Announce new meetings. */
    ALERTS,
    /** Serve the dashboard and query API over the store. */
    WEB;

    /** Parses {@code all} or a comma-separated list such as {@code crawl,pipeline}. */
    public static Set<Role> parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("all")) {
            return EnumSet.allOf(Role.class);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : text.split(",")) {
            try {
                roles.add(Role.valueOf(part.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role '" + part.trim() + "' (roles: all, crawl, pipeline, sink, alerts, web)");
            }
        }
        return roles;
    }
}
