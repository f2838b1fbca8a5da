package org.firegov.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.firegov.testkit.FireGovServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@FireGovServiceTest
class InfrastructureServiceIT {

    @LocalServerPort
    int port;

    private int status(String path) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri(path)
                .exchange((request, response) -> response.getStatusCode().value());
    }

    @Test
    void starts_on_the_kit_healthy_and_locked_down() {
        assertThat(status("/actuator/health")).isEqualTo(200);
        assertThat(status("/api/infrastructure/anything")).isEqualTo(401);
        assertThat(status("/actuator/env")).isIn(401, 403, 404);
    }
}
