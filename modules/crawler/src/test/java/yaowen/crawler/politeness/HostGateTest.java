package yaowen.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import yaowen.testkit.Await;

@Timeout(30)
class HostGateTest {

    @Test
    void keysHostsByTheirRobotsScope() {
        assertThat(HostGate.hostKey(URI.create("HTTP://WWW.Gov.cn/a"))).isEqualTo("http://www.gov.cn:80");
        assertThat(HostGate.hostKey(URI.create("https://www.gov.cn/a"))).isEqualTo("https://www.gov.cn:443");
        assertThat(HostGate.hostKey(URI.create("http://127.0.0.1:8080/a"))).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void keepsTheDelayBetweenTheEndOfOneRequestAndTheStartOfTheNext() throws Exception {
        yaowen.crawler.ManualTime time = new yaowen.crawler.ManualTime();
        HostGate gate = new HostGate(Duration.ofMillis(200), time);
        List<Duration> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            gate.call("http://a:80", () -> {
                starts.add(time.elapsed());
                time.advance(Duration.ofMillis(20)); // the request takes 20 ms
                return null;
            });
        }
        assertThat(starts).containsExactly(Duration.ZERO, Duration.ofMillis(220), Duration.ofMillis(440));
        Duration before = time.elapsed();
        gate.call("http://b:80", () -> null); // another host does not wait for a's delay
        assertThat(time.elapsed()).isEqualTo(before);
    }

    @Test
    void aPauseHoldsTheHostsNextRequestBack() throws Exception {
        yaowen.crawler.ManualTime time = new yaowen.crawler.ManualTime();
        HostGate gate = new HostGate(Duration.ZERO, time);
        gate.pauseFor("http://a:80", Duration.ofSeconds(5));
        assertThat(gate.pauseRemaining("http://a:80")).isEqualTo(Duration.ofSeconds(5));
        gate.pauseFor("http://a:80", Duration.ofSeconds(1)); // never brings the next start earlier
        gate.call("http://a:80", () -> null);
        assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(5));
        assertThat(gate.pauseRemaining("http://a:80")).isZero();
    }

    @Test
    void letsOneRequestToAHostThroughAtATimeButOtherHostsMeanwhile() throws Exception {
        HostGate gate = new HostGate(Duration.ZERO, new yaowen.crawler.ManualTime());
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger entered = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> gate.call("http://a:80", () -> {
                entered.incrementAndGet();
                inside.countDown();
                return release.await(10, TimeUnit.SECONDS);
            }));
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> gate.call("http://a:80", entered::incrementAndGet));
            Await.until("the second request to queue for host a", Duration.ofSeconds(10),
                    () -> gate.queued("http://a:80") == 1);
            gate.call("http://b:80", () -> null); // host b passes while a is busy
            assertThat(entered.get()).isEqualTo(1);
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            assertThat(entered.get()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void raisesButNeverLowersTheDelayOfAHost() {
        HostGate gate = new HostGate(Duration.ofSeconds(1));
        gate.setDelay("http://a:80", Duration.ofMillis(10));
        assertThat(gate.delay("http://a:80")).isEqualTo(Duration.ofSeconds(1));
        gate.setDelay("http://a:80", Duration.ofSeconds(5));
        assertThat(gate.delay("http://a:80")).isEqualTo(Duration.ofSeconds(5));
    }
}
