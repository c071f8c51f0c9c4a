package yaowen.web;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import yaowen.stores.StoreReader;
import yaowen.web.api.Feed;
import yaowen.web.ops.OpsEndpoints;

/** Web servers for the tests of other packages: the package-private constructor with every part given. */
public final class Servers {
    private Servers() {
    }

    /** A started server on a free loopback port over {@code store}, its feed and static folder as given. */
    public static WebServer start(StoreReader store, Feed.Settings feed, String staticRoot) {
        return new WebServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new OpsEndpoints(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> { },
                        List.of(WebServer.storeAnswers(store)), List::of), store, Optional.empty(), feed, staticRoot).start();
    }
}
