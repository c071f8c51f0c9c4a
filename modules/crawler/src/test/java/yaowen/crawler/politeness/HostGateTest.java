package yaowen.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HostGateTest {

    @Test
    void keysHostsByTheirRobotsScope() {
        assertThat(HostGate.hostKey(URI.create("HTTP://WWW.Gov.cn/a"))).isEqualTo("http://www.gov.cn:80");
        assertThat(HostGate.hostKey(URI.create("https://www.gov.cn/a"))).isEqualTo("https://www.gov.cn:443");
        assertThat(HostGate.hostKey(URI.create("http://127.0.0.1:8080/a"))).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void serialisesOneHostWithTheDelayButLetsOtherHostsThrough() throws Exception {
        HostGate gate = new HostGate(Duration.ofMillis(200));
        List<long[]> spans = new CopyOnWriteArrayList<>();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long t0 = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            pool.submit(() -> gate.call("http://a:80", () -> {
                int now = concurrent.incrementAndGet();
                maxConcurrent.accumulateAndGet(now, Math::max);
                long start = System.nanoTime();
                Thread.sleep(20);
                concurrent.decrementAndGet();
                spans.add(new long[] {start, System.nanoTime()});
                return null;
            }));
        }
        long[] other = new long[1];
        pool.submit(() -> gate.call("http://b:80", () -> other[0] = System.nanoTime()));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(maxConcurrent.get()).isEqualTo(1);
        spans.sort((x, y) -> Long.compare(x[0], y[0]));
        for (int i = 1; i < spans.size(); i++) {
            assertThat((spans.get(i)[0] - spans.get(i - 1)[1]) / 1_000_000).isGreaterThanOrEqualTo(195);
        }
        assertThat((other[0] - t0) / 1_000_000).isLessThan(400); // a-host chain takes >= 420 ms
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
