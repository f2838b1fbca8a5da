package org.firegov.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindGateway = new ClientAddress(List.of("10.0.0.2"));

    @Test
    void a_direct_caller_is_its_remote_address_whatever_it_claims_in_x_forwarded_for() {
        assertThat(behindGateway.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(new ClientAddress(List.of()).of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void behind_the_gateway_the_client_is_the_last_hop_the_gateway_saw_not_what_the_client_wrote_first() {
        assertThat(behindGateway.of("10.0.0.2", "203.0.113.9")).isEqualTo("203.0.113.9");
        // a client sending its own X-Forwarded-For: the gateway appends the real address, which wins
        assertThat(behindGateway.of("10.0.0.2", "1.2.3.4, 203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(behindGateway.of("10.0.0.2", "203.0.113.9, 10.0.0.2")).isEqualTo("203.0.113.9");
        assertThat(behindGateway.of("10.0.0.2", null)).isEqualTo("10.0.0.2");
    }
}
