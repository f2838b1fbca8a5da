package org.firegov.gateway;

import static org.hamcrest.Matchers.containsString;

import org.firegov.gateway.support.TestBackends;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Keycloak is not running at all: the gateway still starts, is healthy, and says what is wrong. */
// immediate: graceful shutdown sometimes waited the full 30 s for a connection after the 504 test
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.shutdown=immediate")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StartsWithoutKeycloakTest {

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void keycloakIsDown(DynamicPropertyRegistry registry) {
        String nowhere = TestBackends.nothingListening() + "/realms/firegov";
        registry.add("KEYCLOAK_ISSUER_URI", () -> nowhere);
        registry.add("KEYCLOAK_INTERNAL_URI", () -> nowhere);
    }

    @Test
    void health_is_up_while_keycloak_is_down() {
        web.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void browsers_are_still_sent_to_the_login_page() {
        web.get().uri("/oauth2/authorization/keycloak")
                .exchange()
                .expectStatus().isFound();
    }

    @Test
    void a_bearer_token_that_cannot_be_checked_answers_503_problem_details() {
        String token = TestBackends.KEYCLOAK.accessToken("inspector-li", "brigade");

        web.get().uri("/api/inspection/units")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").value(containsString("Keycloak"));
    }
}
