package yaowen.crawler.kafka;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.kafka.common.utils.Utils;
import yaowen.crawler.SiteConfig;

/**
 * Which partition of {@code yaowen.crawler.state} a host belongs to: the unit by which crawler
 * instances share the work. Kafka's own key hash (murmur2, as its default partitioner uses), over
 * the lower-case host name without scheme or port, so http and https of one server stay together.
 * Pure functions.
 */
public final class HostPartitions {
    private HostPartitions() {
    }

    /** The partition of {@code host} among {@code partitions}. */
    public static int partition(String host, int partitions) {
        if (partitions <= 0) {
            throw new IllegalArgumentException("partitions must be positive, was " + partitions);
        }
        byte[] key = host.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return Utils.toPositive(Utils.murmur2(key)) % partitions;
    }

    /** The partition of a URL's host. */
    public static int partition(URI url, int partitions) {
        return partition(url.getHost() == null ? "" : url.getHost(), partitions);
    }

    /**
     * The partition of a site: that of its first list page's host. Sites on one host therefore always
     * belong to the same instance, and per-host politeness holds across instances.
     */
    public static int partition(SiteConfig site, int partitions) {
        return partition(site.listUrls().get(0), partitions);
    }
}
