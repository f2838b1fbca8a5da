package org.firegov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.firegov.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class RouteAuthorizationTest extends GatewayIntegrationTest {

    @Test
    void the_government_platform_may_not_use_the_inspection_api() {
        String platform = keycloak.accessToken("service-account-gov-platform", "gov-platform");

        web.get().uri("/api/inspection/units/for-the-platform")
                .headers(headers -> headers.setBearerAuth(platform))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://firegov.wuxi.example/problems/forbidden")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.instance").isEqualTo("/api/inspection/units/for-the-platform");
        assertThat(services.received("/api/inspection/units/for-the-platform")).isFalse();
    }

    @Test
    void the_government_platform_may_not_use_the_gateways_own_pages_either() {
        String platform = keycloak.accessToken("service-account-gov-platform", "gov-platform");

        web.get().uri("/me")
                .headers(headers -> headers.setBearerAuth(platform))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void the_government_platform_passes_the_role_check_of_the_integration_api() {
        String platform = keycloak.accessToken("service-account-gov-platform", "gov-platform");

        web.get().uri("/api/integration/hazards")
                .headers(headers -> headers.setBearerAuth(platform))
                .exchange()
                .expectStatus().isOk();
        assertThat(services.received("/api/integration/hazards")).isTrue();
    }

    @Test
    void a_brigade_token_may_not_use_the_integration_api() {
        String brigade = keycloak.accessToken("inspector-li", "brigade");

        web.get().uri("/api/integration/hazards")
                .headers(headers -> headers.setBearerAuth(brigade))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://firegov.wuxi.example/problems/forbidden");
    }

    @Test
    void the_integration_api_without_credentials_gets_401_not_403() {
        web.get().uri("/api/integration/hazards")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_public_part_of_a_services_api_needs_no_login_and_the_rest_does() {
        web.get().uri("/api/inspection/public/inspection-results")
                .exchange()
                .expectStatus().isOk();
        assertThat(services.received("/api/inspection/public/inspection-results")).isTrue();

        web.get().uri("/api/inspection/units")
                .exchange()
                .expectStatus().isUnauthorized();
        assertThat(services.received("/api/inspection/units")).isFalse();
    }
}
