package yaowen.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import yaowen.stores.ArticleStore;
import yaowen.testkit.Await;

/** A scrape returns at once, whatever the systems it reports on are doing. */
class NodeMetersTest {

    @Test
    void aScrapeDoesNotWaitForASlowStoreAndShowsItsRowsOnceRead() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        ArticleStore slow = (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(),
                new Class<?>[] {ArticleStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("rowCounts")) {
                        asked.countDown();
                        answer.await(30, TimeUnit.SECONDS); // a table scan on a large store
                        return Map.of("meeting", 7L);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        try (NodeMeters meters = new NodeMeters()) {
            meters.store(slow);
            meters.refresh(); // starts the read
            assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
            meters.refresh(); // returns although the read has not answered, and starts no second one
            assertThat(meters.registry().scrape()).doesNotContain("yaowen_store_rows");

            answer.countDown();
            Await.until("the rows read in the background to be on the scrape", Duration.ofSeconds(10),
                    () -> meters.registry().scrape().contains("yaowen_store_rows{table=\"meeting\"} 7.0"));
        } finally {
            answer.countDown();
        }
    }
}
