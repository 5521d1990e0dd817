package kr.crm.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private final ClientAddress behindTwoProxies = new ClientAddress(new String[] {"10.0.0.5", " 10.0.0.6 "});

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(new ClientAddress(new String[0]).of("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
        assertThat(new ClientAddress(null).of("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsNotBelieved() {
        assertThat(behindTwoProxies.of("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
    }

    @Test
    void fromATrustedProxyTheNearestUntrustedHopIsTheCustomer() {
        assertThat(behindTwoProxies.of("10.0.0.5", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(behindTwoProxies.of("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.0.6")).as("a forged left part is skipped")
                .isEqualTo("203.0.113.9");
        assertThat(behindTwoProxies.of("10.0.0.6", "2001:db8::1")).isEqualTo("2001:db8::1");
    }

    @Test
    void aMissingOrGarbledHeaderCountsTheProxy() {
        assertThat(behindTwoProxies.of("10.0.0.5", null)).isEqualTo("10.0.0.5");
        assertThat(behindTwoProxies.of("10.0.0.5", " ")).isEqualTo("10.0.0.5");
        assertThat(behindTwoProxies.of("10.0.0.5", "<script>, 10.0.0.6")).isEqualTo("10.0.0.5");
        assertThat(behindTwoProxies.of("10.0.0.5", "10.0.0.6")).isEqualTo("10.0.0.5");
        assertThat(behindTwoProxies.of(null, null)).isEqualTo("unknown");
    }
}
