package org.firegov.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small black-box HTTP client: JSON in, status + JSON out, bearer tokens from Keycloak. */
final class Http {

    record Reply(int status, JsonNode body, String contentType) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    Reply post(String path, String token, Object body) {
        try {
            return send(request(path, token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any method, with extra headers (e.g. {@code Idempotency-Key}); a body is sent as JSON. */
    Reply send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = request(path, token).method(method, body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            return send(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A password-grant token of a demo user through the realm's public CLI client (demo use only). */
    static String token(String issuer, String username) {
        return tokenFor(issuer, Map.of("grant_type", "password", "client_id", "firegov-cli", "username", username,
                "password", "demo"), username);
    }

    /** A client-credentials token of a confidential machine client (e.g. the government-service platform). */
    static String clientToken(String issuer, String clientId, String secret) {
        return tokenFor(issuer, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret), clientId);
    }

    private static String tokenFor(String issuer, Map<String, String> grant, String who) {
        String form = grant.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Http keycloak = new Http(issuer);
        Reply reply = keycloak.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + who + ": " + reply);
        }
        return reply.body().get("access_token").asText();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            JsonNode json = null;
            if (body.length > 0) {
                try {
                    json = JSON.readTree(body);
                } catch (IOException notJson) {
                    json = JSON.getNodeFactory().textNode(new String(body, StandardCharsets.UTF_8));
                }
            }
            return new Reply(response.statusCode(), json, response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
