package yaowen.alerts;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An alert process for the kill test, run in a child JVM: delivers the alerts of one region to one
 * webhook channel until it is killed. Arguments: bootstrap servers, webhook URL, group prefix, region prefix.
 */
public final class AlertProcessMain {
    private AlertProcessMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        java.util.Properties p = AlertDeliveryIT.clients(args[0]);
        AlertDelivery delivery = AlertDelivery.start(Map.of("webhook", AlertDeliveryIT.webhook(URI.create(args[1]))),
                List.of(AlertDeliveryIT.regionRule(args[3])), AlertDeliveryIT.fastRetries(args[2]), p);
        System.out.println("started " + delivery.groups());
        Thread.sleep(Long.MAX_VALUE);
    }
}
