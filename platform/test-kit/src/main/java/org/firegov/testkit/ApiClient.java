package org.firegov.testkit;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A service's HTTP API as a test sees it: any status comes back as a {@link Reply} (no exceptions for 4xx/5xx),
 * with the body as JSON, so tests assert on status, problem details and payloads alike.
 */
public final class ApiClient {

    /** Status, JSON body (null when empty) and headers of one response. */
    public record Reply(int status, JsonNode body, HttpHeaders headers) {

        public String location() {
            return headers.getFirst(HttpHeaders.LOCATION);
        }

        public String contentType() {
            return headers.getFirst(HttpHeaders.CONTENT_TYPE);
        }

        /** The {@code code} of a 409/422 problem (a broken business rule), or null. */
        public String code() {
            return body == null || body.get("code") == null ? null : body.get("code").asText();
        }

        /** The field names of a 400 problem's {@code errors}. */
        public java.util.List<String> errorFields() {
            return body == null || body.get("errors") == null ? java.util.List.of()
                    : body.get("errors").findValuesAsText("field");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestClient http;

    public ApiClient(int port) {
        this.http = RestClient.create("http://127.0.0.1:" + port);
    }

    public Reply get(String path, String token) {
        return call(HttpMethod.GET, path, token, null, Map.of());
    }

    public Reply post(String path, String token, Object body) {
        return call(HttpMethod.POST, path, token, body, Map.of());
    }

    public Reply put(String path, String token, Object body) {
        return call(HttpMethod.PUT, path, token, body, Map.of());
    }

    public Reply delete(String path, String token) {
        return call(HttpMethod.DELETE, path, token, null, Map.of());
    }

    /** A body that is a String is sent as it is (to test malformed JSON); anything else as JSON. */
    public Reply call(HttpMethod method, String path, String token, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec request = http.method(method).uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            return new Reply(res.getStatusCode().value(), bytes.length == 0 ? null : read(bytes), res.getHeaders());
        });
    }

    private static JsonNode read(byte[] bytes) throws IOException {
        try {
            return JSON.readTree(bytes);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
