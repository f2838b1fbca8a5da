package org.firegov.gateway;

import org.firegov.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

class BearerTokenRoutingTest extends GatewayIntegrationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/inspection/units", "/api/accountability/responsibilities",
            "/api/infrastructure/hydrants/H-7"})
    void a_token_for_the_firegov_api_reaches_the_same_path_on_the_service_with_its_authorization_header_unchanged(
            String path) {
        String token = keycloak.accessToken("inspector-li", "brigade");

        web.get().uri(path + "?page=2")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo(path)
                .jsonPath("$.query").isEqualTo("page=2")
                .jsonPath("$.authorization").isEqualTo("Bearer " + token);
    }

    @Test
    void a_post_with_a_bearer_token_needs_no_csrf_token() {
        String token = keycloak.accessToken("inspector-li", "brigade");

        web.post().uri("/api/inspection/hazards")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unitId\":\"U-1\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.method").isEqualTo("POST")
                .jsonPath("$.authorization").isEqualTo("Bearer " + token);
    }

    @Test
    void cookies_sent_to_the_gateway_are_not_passed_on_to_the_services() {
        String token = keycloak.accessToken("inspector-li", "brigade");

        web.get().uri("/api/inspection/units")
                .headers(headers -> headers.setBearerAuth(token))
                .cookie("SESSION", "some-session")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.cookie").doesNotExist();
    }

    @Test
    void me_describes_the_caller_of_a_bearer_token_with_roles_and_scope_claims() {
        String token = keycloak.sign(keycloak.accessTokenClaims("town-officer-wang", "town")
                .claim("town", "shangma")
                .build());

        web.get().uri("/me")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("town-officer-wang")
                .jsonPath("$.roles").isEqualTo("town")
                .jsonPath("$.town").isEqualTo("shangma")
                .jsonPath("$.department").isEmpty()
                .jsonPath("$.unit").isEmpty();
    }
}
