package org.shcportal.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The MLLP listener's allow-list: addresses and CIDR blocks, never host names. */
class AllowedSendersTest {

    @Test
    void addressesAndBlocksLetTheirPeersInAndNoOneElse() throws Exception {
        AllowedSenders senders = AllowedSenders.of(List.of(" 10.0.4.17", "192.168.8.0/22", "2001:db8::/32"));

        assertThat(senders.allows(InetAddress.getByName("10.0.4.17"))).isTrue();
        assertThat(senders.allows(InetAddress.getByName("10.0.4.18"))).isFalse();
        assertThat(senders.allows(InetAddress.getByName("192.168.11.254"))).isTrue();
        assertThat(senders.allows(InetAddress.getByName("192.168.12.1"))).isFalse();
        assertThat(senders.allows(InetAddress.getByName("2001:db8:ffff::1"))).isTrue();
        assertThat(senders.allows(InetAddress.getByName("2001:db9::1"))).isFalse();
        assertThat(AllowedSenders.of(List.of()).allows(InetAddress.getByName("127.0.0.1"))).isFalse();
    }

    @Test
    void aNameOrABadBlockIsRefusedByName() {
        assertThatThrownBy(() -> AllowedSenders.of(List.of("registry.example.org")))
                .hasMessage("Not an IP address or CIDR block: registry.example.org");
        assertThatThrownBy(() -> AllowedSenders.of(List.of("10.0.0.0/33")))
                .hasMessage("Not an IP address or CIDR block: 10.0.0.0/33");
        assertThatThrownBy(() -> AllowedSenders.of(List.of("10.0.0.0/x")))
                .hasMessage("Not an IP address or CIDR block: 10.0.0.0/x");
    }
}
