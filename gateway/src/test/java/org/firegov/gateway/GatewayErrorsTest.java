package org.firegov.gateway;

import org.firegov.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class GatewayErrorsTest extends GatewayIntegrationTest {

    @Test
    void a_path_without_a_route_answers_404_problem_details() {
        web.get().uri("/api/nowhere/units")
                .headers(headers -> headers.setBearerAuth(keycloak.accessToken("inspector-li", "brigade")))
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://firegov.wuxi.example/problems/not-found")
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api/nowhere/units");
    }

    @Test
    void the_benchmarks_baseline_has_no_route_unless_the_harness_configures_it() {
        web.get().uri("/api/bench-baseline/hazards")
                .headers(headers -> headers.setBearerAuth(keycloak.accessToken("inspector-li", "brigade")))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void a_service_that_is_down_answers_503_problem_details() {
        web.get().uri("/api/training/courses")
                .headers(headers -> headers.setBearerAuth(keycloak.accessToken("inspector-li", "brigade")))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://firegov.wuxi.example/problems/service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.instance").isEqualTo("/api/training/courses");
    }

    @Test
    void a_service_that_answers_too_slowly_answers_504_problem_details() {
        web.get().uri("/api/infrastructure/reports/slow")
                .headers(headers -> headers.setBearerAuth(keycloak.accessToken("inspector-li", "brigade")))
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://firegov.wuxi.example/problems/gateway-timeout")
                .jsonPath("$.status").isEqualTo(504);
    }

    @Test
    void health_is_up_for_anonymous_callers() {
        web.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void info_is_public() {
        web.get().uri("/actuator/info")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void the_environment_endpoint_is_not_reachable_anonymously() {
        web.get().uri("/actuator/env")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void the_environment_and_gateway_endpoints_are_not_exposed_even_to_a_logged_in_caller() {
        String committee = keycloak.accessToken("office-zhang", "committee");

        web.get().uri("/actuator/env")
                .headers(headers -> headers.setBearerAuth(committee))
                .exchange()
                .expectStatus().isNotFound();
        web.get().uri("/actuator/gateway/routes")
                .headers(headers -> headers.setBearerAuth(committee))
                .exchange()
                .expectStatus().isNotFound();
    }
}
