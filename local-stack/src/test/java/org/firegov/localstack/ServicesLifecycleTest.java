package org.firegov.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole stack with stand-in services (a tiny HTTP server per jar): the environment contract follows the chosen
 * ports, a service can be killed and started again, and one that dies during startup is reported with its log.
 */
class ServicesLifecycleTest {

    @TempDir
    Path tempDir;

    @Test
    void servicesGetTheEnvironmentContractAndCanCrashAndRestart() {
        Path project = TestProject.fakeProject(tempDir.resolve("project"), FakeService.class);
        try (LocalStack stack = LocalStack.builder()
                .projectRoot(project)
                .dataDir(tempDir.resolve("data"))
                .freePorts()
                .realmFile(TestProject.realmFile())
                .keycloakHome(TestProject.keycloakHome())
                .build()
                .start()) {

            String accountability = env(stack, "accountability");
            assertThat(accountability).contains(
                    "SERVER_PORT=" + stack.port(PortKey.ACCOUNTABILITY),
                    "SPRING_DATASOURCE_URL=" + stack.postgresJdbcUrl("accountability"),
                    "SPRING_DATASOURCE_USERNAME=postgres",
                    "SPRING_DATASOURCE_PASSWORD=postgres",
                    "SPRING_DATA_MONGODB_URI=" + stack.mongoUri("accountability"),
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS=" + stack.kafkaBootstrap(),
                    "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI=http://localhost:"
                            + stack.port(PortKey.KEYCLOAK) + "/realms/firegov",
                    "FIREGOV_RATE_LIMIT_TRUSTED_PROXIES_0=127.0.0.1");
            String gateway = env(stack, "gateway");
            assertThat(gateway).contains(
                    "SERVER_PORT=" + stack.port(PortKey.GATEWAY),
                    "INSPECTION_SERVICE_URI=http://127.0.0.1:" + stack.port(PortKey.INSPECTION),
                    "ACCOUNTABILITY_SERVICE_URI=http://127.0.0.1:" + stack.port(PortKey.ACCOUNTABILITY),
                    "TRAINING_SERVICE_URI=http://127.0.0.1:" + stack.port(PortKey.TRAINING),
                    "INFRASTRUCTURE_SERVICE_URI=http://127.0.0.1:" + stack.port(PortKey.INFRASTRUCTURE),
                    "KEYCLOAK_ISSUER_URI=" + stack.keycloakIssuerUri(),
                    "KEYCLOAK_INTERNAL_URI=" + stack.keycloakIssuerUri(),
                    "PORTAL_URI=http://127.0.0.1:" + stack.port(PortKey.PORTAL),
                    "GATEWAY_CLIENT_SECRET=firegov-portal-demo-secret");
            String portal = env(stack, "portal");
            assertThat(portal).contains(
                    "SERVER_PORT=" + stack.port(PortKey.PORTAL),
                    "INSPECTION_SERVICE_URI=http://127.0.0.1:" + stack.port(PortKey.INSPECTION),
                    "INFRASTRUCTURE_SERVICE_URI=http://127.0.0.1:" + stack.port(PortKey.INFRASTRUCTURE),
                    "KEYCLOAK_ISSUER_URI=" + stack.keycloakIssuerUri())
                    .doesNotContain("SPRING_DATASOURCE_URL", "GATEWAY_CLIENT_SECRET");

            stack.stopService("accountability");
            assertThat(stack.isServiceRunning("accountability")).isFalse();
            assertThatThrownBy(() -> Http.get(stack.serviceUrl("accountability") + "/actuator/health"))
                    .hasCauseInstanceOf(ConnectException.class);
            assertThat(stack.unexpectedlyStopped()).isEmpty();

            stack.startService("accountability");
            assertThat(Http.get(stack.serviceUrl("accountability") + "/actuator/health").statusCode()).isEqualTo(200);

            stack.stopService("infrastructure");
            TestProject.writeServiceJar(project, PlatformService.INFRASTRUCTURE, FakeService.Failing.class);
            assertThatThrownBy(() -> stack.startService("infrastructure"))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("infrastructure-service exited during startup with code 3")
                    .hasMessageContaining("APPLICATION FAILED TO START")
                    .hasMessageContaining("startup line 30")
                    .hasMessageNotContaining("startup line 5\n");
        }
    }

    private static String env(LocalStack stack, String service) {
        HttpResponse<String> response = Http.get(stack.serviceUrl(service) + "/env");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
