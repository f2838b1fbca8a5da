package org.firegov.gateway;

import java.time.Duration;

import org.firegov.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code FIREGOV_GATEWAY_BENCHMARK_BASELINE_URI} set (only the benchmark harness sets it). */
class BenchmarkBaselineRouteTest extends GatewayIntegrationTest {

    @DynamicPropertySource
    static void baseline(DynamicPropertyRegistry registry) {
        registry.add("firegov.gateway.benchmark-baseline-uri", services::uri);
    }

    @Test
    void an_authenticated_call_reaches_the_baseline_with_its_token_and_without_cookies() {
        String token = keycloak.accessToken("inspector-li", "brigade");

        // a context of its own: the first call also fetches the JWKS, slow on a busy machine
        web.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .post().uri("/api/bench-baseline/hazards")
                .headers(headers -> headers.setBearerAuth(token))
                .cookie("SESSION", "some-session")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/bench-baseline/hazards")
                .jsonPath("$.authorization").isEqualTo("Bearer " + token)
                .jsonPath("$.cookie").doesNotExist();
    }

    @Test
    void without_a_token_it_is_401_like_every_api() {
        web.get().uri("/api/bench-baseline/hazards").exchange().expectStatus().isUnauthorized();
    }
}
