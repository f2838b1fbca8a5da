package org.firegov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.firegov.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The integration API's routes (rewritten to the owning service) and the per-client rate limits. */
class IntegrationApiTest extends GatewayIntegrationTest {

    /** A client-credentials token of a machine client with role gov-platform. */
    private static String platform(String clientId) {
        return keycloak.sign(keycloak.accessTokenClaims("service-account-" + clientId, "gov-platform")
                .claim("azp", clientId).build());
    }

    @Test
    void applications_are_rewritten_to_inspections_platform_api_and_the_rest_go_to_integration_service() {
        String token = platform("gov-platform-routing");

        web.post().uri("/api/integration/opening-applications")
                .headers(headers -> headers.setBearerAuth(token))
                .header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/inspection/platform/opening-applications")
                .jsonPath("$.method").isEqualTo("POST");
        web.get().uri("/api/integration/opening-applications/a-1")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/inspection/platform/opening-applications/a-1");
        web.get().uri("/api/integration/disclosures?after=42")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/api/integration/disclosures")
                .jsonPath("$.query").isEqualTo("after=42");
    }

    @Test
    void a_department_token_cannot_call_the_integration_api() {
        String department = keycloak.sign(keycloak.accessTokenClaims("edu1", "department")
                .claim("department", "education").build());

        web.get().uri("/api/integration/opening-applications/a-2")
                .headers(headers -> headers.setBearerAuth(department))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(services.received("/api/inspection/platform/opening-applications/a-2")).isFalse();
    }

    @Test
    void a_client_over_its_limit_gets_429_with_retry_after_and_other_clients_are_not_affected() {
        String greedy = platform("greedy-" + UUID.randomUUID());
        for (int i = 0; i < 5; i++) {
            web.get().uri("/api/integration/disclosures")
                    .headers(headers -> headers.setBearerAuth(greedy))
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().exists("X-RateLimit-Remaining");
        }
        web.get().uri("/api/integration/disclosures")
                .headers(headers -> headers.setBearerAuth(greedy))
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", seconds -> assertThat(Integer.parseInt(seconds)).isPositive())
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://firegov.wuxi.example/problems/rate-limited")
                .jsonPath("$.code").isEqualTo("rate-limited")
                .jsonPath("$.status").isEqualTo(429);

        web.get().uri("/api/integration/disclosures")
                .headers(headers -> headers.setBearerAuth(platform("modest-" + UUID.randomUUID())))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void anonymous_posts_to_public_paths_are_limited_per_address_and_public_reads_are_not() {
        for (int i = 0; i < 8; i++) {
            web.get().uri("/api/inspection/public/listed-major-hazards")
                    .exchange()
                    .expectStatus().isOk();
        }
        int tooMany = 0;
        String refusal = null;
        for (int i = 0; i < 5; i++) {
            var result = web.post().uri("/api/inspection/public/reports")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .returnResult(String.class);
            if (result.getStatus().value() == 429) {
                tooMany++;
                refusal = result.getResponseBody().blockFirst();
            }
        }
        assertThat(tooMany).isEqualTo(2);
        assertThat(refusal).as("the public report form's refusal, as a problem with a code")
                .contains("\"code\":\"rate-limited\"");
    }
}
