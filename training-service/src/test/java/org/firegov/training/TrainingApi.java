package org.firegov.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** A small HTTP client for the integration tests: status and JSON body of every answer, never an exception. */
public final class TrainingApi {

    /** Status and body (null when empty) of an answer. */
    public record Response(int status, JsonNode body) {
    }

    private final RestClient client;
    private final ObjectMapper json;

    public TrainingApi(int port, ObjectMapper json) {
        this.client = RestClient.create("http://127.0.0.1:" + port);
        this.json = json;
    }

    public Response call(HttpMethod method, String path, String token, Object body) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            return new Response(res.getStatusCode().value(), bytes.length == 0 ? null : json.readTree(bytes));
        });
    }

    public Response post(String path, String token, Object body) {
        return call(HttpMethod.POST, path, token, body);
    }

    public Response get(String path, String token) {
        return call(HttpMethod.GET, path, token, null);
    }
}
