package org.firegov.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The realm allows logins to come back to the gateway at {@code localhost:8080} only. When the gateway runs on
 * another port (free ports in tests, {@code --port-gateway}), the portal client must accept that one too, or Keycloak
 * rejects the redirect URI. Done through the admin API, so it is kept in Keycloak's database like any admin change.
 */
final class PortalRedirects {

    static final String PORTAL_CLIENT = "firegov-portal";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PortalRedirects() {
    }

    /** Returns the redirect URIs it added (none if present already, or if the realm has no portal client). */
    static List<String> allowGatewayPort(String keycloakUrl, int gatewayPort) {
        try {
            String token = adminToken(keycloakUrl);
            String clients = keycloakUrl + "/admin/realms/" + StackConfig.REALM + "/clients";
            JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId="
                    + PORTAL_CLIENT)).header("Authorization", "Bearer " + token).GET(), 200));
            if (!found.isArray() || found.isEmpty()) {
                return List.of();
            }
            ObjectNode client = (ObjectNode) found.get(0);
            ArrayNode redirects = client.withArray("redirectUris");
            List<String> added = new ArrayList<>();
            for (String uri : List.of("http://localhost:" + gatewayPort + "/*", "http://127.0.0.1:" + gatewayPort + "/*")) {
                boolean present = false;
                for (JsonNode existing : redirects) {
                    present |= existing.asText().equals(uri);
                }
                if (!present) {
                    redirects.add(uri);
                    added.add(uri);
                }
            }
            if (!added.isEmpty()) {
                send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))), 204);
            }
            return added;
        } catch (IOException e) {
            throw new LocalStackException("could not add the gateway's redirect URI to the " + PORTAL_CLIENT
                    + " client: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted", e);
        }
    }

    private static String adminToken(String keycloakUrl) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(KeycloakPart.ADMIN_USER, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(KeycloakPart.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        String body = send(HttpRequest.newBuilder(URI.create(keycloakUrl
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        return JSON.readTree(body).get("access_token").asText();
    }

    private static String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(request.build().method() + " " + request.build().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
