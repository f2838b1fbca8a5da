package org.firegov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.firegov.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class BearerTokenRejectionTest extends GatewayIntegrationTest {

    @Test
    void an_api_call_without_credentials_gets_401_problem_details_and_no_login_redirect() {
        web.get().uri("/api/inspection/without-credentials")
                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"firegov\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://firegov.wuxi.example/problems/unauthenticated")
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/inspection/without-credentials");
        assertThat(services.received("/api/inspection/without-credentials")).isFalse();
    }

    @Test
    void an_expired_token_is_rejected_with_401() {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        String expired = keycloak.sign(keycloak.accessTokenClaims("inspector-li", "brigade")
                .issueTime(Date.from(anHourAgo))
                .expirationTime(Date.from(anHourAgo.plus(Duration.ofMinutes(5))))
                .build());

        rejected("/api/inspection/expired", expired);
    }

    @Test
    void a_token_issued_for_another_audience_is_rejected_with_401() {
        String forAccount = keycloak.sign(keycloak.accessTokenClaims("inspector-li", "brigade")
                .audience("account")
                .build());

        rejected("/api/inspection/other-audience", forAccount);
    }

    @Test
    void a_token_from_another_issuer_is_rejected_with_401() {
        String fromElsewhere = keycloak.sign(keycloak.accessTokenClaims("inspector-li", "brigade")
                .issuer("http://keycloak.public.test/realms/master")
                .build());

        rejected("/api/inspection/other-issuer", fromElsewhere);
    }

    @Test
    void a_token_carrying_the_internal_address_as_issuer_is_rejected_with_401() {
        String internalIssuer = keycloak.sign(keycloak.accessTokenClaims("inspector-li", "brigade")
                .issuer(keycloak.internalUri())
                .build());

        rejected("/api/inspection/internal-issuer", internalIssuer);
    }

    @Test
    void a_token_with_a_forged_signature_is_rejected_with_401() {
        String forged = keycloak.signAsForger(keycloak.accessTokenClaims("inspector-li", "brigade").build());

        rejected("/api/inspection/forged", forged);
    }

    @Test
    void an_unsigned_token_is_rejected_with_401() {
        String unsigned = new PlainJWT(keycloak.accessTokenClaims("inspector-li", "brigade").build()).serialize();

        rejected("/api/inspection/unsigned", unsigned);
    }

    @Test
    void a_token_without_an_audience_is_rejected_with_401() {
        JWTClaimsSet noAudience = keycloak.accessTokenClaims("inspector-li", "brigade").audience((String) null).build();

        rejected("/api/inspection/no-audience", keycloak.sign(noAudience));
    }

    private void rejected(String path, String token) {
        web.get().uri(path)
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer realm=\"firegov\", error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.type").isEqualTo("https://firegov.wuxi.example/problems/unauthenticated");
        assertThat(services.received(path)).as("the service never sees the request").isFalse();
    }
}
