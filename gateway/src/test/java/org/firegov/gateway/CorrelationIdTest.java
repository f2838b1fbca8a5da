package org.firegov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.firegov.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class CorrelationIdTest extends GatewayIntegrationTest {

    private static final String HEADER = "X-Correlation-Id";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_request_without_a_correlation_id_gets_a_new_one_that_the_service_and_the_caller_both_see() {
        EntityExchangeResult<Map<String, Object>> result = routed(null);

        String returned = result.getResponseHeaders().getFirst(HEADER);
        assertThat(returned).matches(UUID_PATTERN);
        assertThat(result.getResponseBody()).containsEntry("correlationId", returned);
    }

    @Test
    void a_sane_correlation_id_from_the_caller_is_kept() {
        EntityExchangeResult<Map<String, Object>> result = routed("portal-2024.11_07-abc");

        assertThat(result.getResponseHeaders().getFirst(HEADER)).isEqualTo("portal-2024.11_07-abc");
        assertThat(result.getResponseBody()).containsEntry("correlationId", "portal-2024.11_07-abc");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "has space", "a;b=c", "../../etc", "<script>", "{id}",
            "x2345678901234567890123456789012345678901234567890123456789012345"})
    void an_insane_correlation_id_is_replaced_by_a_new_one(String insane) {
        EntityExchangeResult<Map<String, Object>> result = routed(insane);

        String returned = result.getResponseHeaders().getFirst(HEADER);
        assertThat(returned).matches(UUID_PATTERN);
        assertThat(result.getResponseBody()).containsEntry("correlationId", returned);
    }

    @Test
    void the_gateways_own_error_answers_carry_the_correlation_id_too() {
        web.get().uri("/api/inspection/units")
                .header(HEADER, "given-id-401")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HEADER, "given-id-401")
                .expectBody()
                .jsonPath("$.correlationId").isEqualTo("given-id-401");
    }

    private EntityExchangeResult<Map<String, Object>> routed(String correlationId) {
        String token = keycloak.accessToken("inspector-li", "brigade");
        return web.get().uri("/api/inspection/units")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    if (correlationId != null) {
                        headers.set(HEADER, correlationId);
                    }
                })
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult();
    }
}
