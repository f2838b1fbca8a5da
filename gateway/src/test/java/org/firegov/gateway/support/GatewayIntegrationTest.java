package org.firegov.gateway.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as it runs, on a random port, in front of a real downstream HTTP service and a real JWT issuer.
 * Wired through the same environment variables as production (the portal is the echo service too). Training points at a port where nothing listens.
 */
// immediate: graceful shutdown sometimes waited the full 30 s for a connection after the 504 test
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.shutdown=immediate")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class GatewayIntegrationTest {

    protected static final FakeKeycloak keycloak = TestBackends.KEYCLOAK;
    protected static final EchoService services = TestBackends.SERVICES;
    private static final String TRAINING_IS_DOWN = TestBackends.nothingListening();

    @Autowired
    protected WebTestClient web;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_ISSUER_URI", () -> FakeKeycloak.PUBLIC_ISSUER);
        registry.add("KEYCLOAK_INTERNAL_URI", keycloak::internalUri);
        registry.add("INSPECTION_SERVICE_URI", services::uri);
        registry.add("ACCOUNTABILITY_SERVICE_URI", services::uri);
        registry.add("INFRASTRUCTURE_SERVICE_URI", services::uri);
        registry.add("PORTAL_URI", services::uri);
        registry.add("INTEGRATION_SERVICE_URI", services::uri);
        registry.add("INTEGRATION_RATE_CAPACITY", () -> "5");
        // a slow refill, so that a loaded machine cannot refill a bucket while a test empties it
        registry.add("INTEGRATION_RATE_PER_MINUTE", () -> "1");
        registry.add("PUBLIC_POST_RATE_CAPACITY", () -> "3");
        registry.add("PUBLIC_POST_RATE_PER_MINUTE", () -> "1");
        registry.add("TRAINING_SERVICE_URI", () -> TRAINING_IS_DOWN);
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
    }

    /** Generous: the first requests of a JVM on a loaded CI machine took longer than the default 5 s. */
    @BeforeEach
    void patientClient() {
        web = web.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
