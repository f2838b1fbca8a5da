package org.firegov.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.TestIssuer;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/**
 * The hand-maintained OpenAPI document is served at its stable URL and lists exactly the endpoints this service
 * has (the application endpoints are inspection-service's and are checked against its controller by name).
 */
@FireGovServiceTest
@TestPropertySource(properties = {IntegrationTestSettings.FAST_CALLBACKS, IntegrationTestSettings.FAST_BACKOFF,
        IntegrationTestSettings.SHORT_BACKOFF_CAP, IntegrationTestSettings.FEW_ATTEMPTS})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpenApiDocumentIT {

    private static final String APPLICATIONS = "/api/integration/opening-applications";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    @SuppressWarnings("unchecked")
    void the_document_is_served_to_the_platform_and_matches_the_real_endpoints() {
        ApiClient api = new ApiClient(port);
        String platform = TestIssuer.get().token("service-account-gov-platform", java.util.List.of("gov-platform"),
                Map.of("azp", "gov-platform"));
        Reply reply = api.get("/api/integration/openapi.yaml", platform);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.get("/api/integration/openapi.yaml", Tokens.brigade()).status()).isEqualTo(403);

        Map<String, Object> document = new Yaml().load(reply.body().asText());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream().filter(METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/integration/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + pattern))));
        served.add("GET /api/integration/openapi.yaml");
        // served by inspection-service through the gateway's rewrite to /api/inspection/platform/**
        served.add("POST " + APPLICATIONS);
        served.add("GET " + APPLICATIONS);
        served.add("GET " + APPLICATIONS + "/{applicationId}");
        served.add("POST /api/integration/reports");
        served.add("GET /api/integration/reports/{reportId}");

        assertThat(documented).isEqualTo(served);
    }
}
