package yaowen.stores.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import yaowen.stores.StoreException;

/** A PostgreSQL nobody listens for is reported as unreachable, not as a failed migration. */
class PostgresUnreachableTest {

    @Test
    void saysItCannotConnectWhenNoServerListens() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/yaowen?connectTimeout=2";
        assertThatThrownBy(() -> PostgresStore.connect(url)).isInstanceOfSatisfying(StoreException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.storeUnavailable()).isTrue())
                .hasMessageStartingWith("connect to ");
    }
}
