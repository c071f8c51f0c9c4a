package yaowen.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://localhost/", "http://10.1.2.3/", "http://192.168.1.1/",
            "http://172.16.0.1/", "http://169.254.169.254/latest/meta-data", "http://100.64.0.1/", "http://0.0.0.0/",
            "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/"})
    void refusesNonPublicAddresses(String url) {
        assertThatThrownBy(() -> new AddressGuard(false).check(URI.create(url)))
                .isInstanceOf(BlockedAddressException.class).hasMessageContaining("non-public");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://10.1.2.3/"})
    void allowsPrivateAddressesWhenConfigured(String url) {
        assertThatCode(() -> new AddressGuard(true).check(URI.create(url))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://8.8.8.8/", "http://[2001:4860:4860::8888]/", "https://1.2.3.4/"})
    void allowsPublicAddresses(String url) {
        assertThatCode(() -> new AddressGuard(false).check(URI.create(url))).doesNotThrowAnyException();
    }

    @org.junit.jupiter.api.Test
    void resolvesToTheAddressItCheckedForTheConnection() throws Exception {
        URI url = URI.create("http://8.8.8.8/");
        assertThat(new AddressGuard(false).resolve(url, "8.8.8.8")).singleElement()
                .satisfies(a -> assertThat(a.getHostAddress()).isEqualTo("8.8.8.8"));
        assertThat(new AddressGuard(true).resolve(url, "127.0.0.1").get(0).isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> new AddressGuard(false).resolve(URI.create("http://127.0.0.1/"), "127.0.0.1"))
                .isInstanceOf(BlockedAddressException.class);
    }

    @org.junit.jupiter.api.Test
    void refusesAHostWhenAnyOfItsAddressesIsNonPublicNotOnlyTheFirst() throws Exception {
        HostResolver twoAddresses = host -> java.util.List.of(java.net.InetAddress.getByName("8.8.8.8"),
                java.net.InetAddress.getByName("10.0.0.7"));
        URI url = URI.create("http://portal.example/");
        assertThatThrownBy(() -> new AddressGuard(false, twoAddresses).resolve(url, "portal.example"))
                .isInstanceOf(BlockedAddressException.class).hasMessageContaining("10.0.0.7");
        assertThat(new AddressGuard(true, twoAddresses).resolve(url, "portal.example")).hasSize(2);
    }
}
