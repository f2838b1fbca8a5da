package org.firegov.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for the four services' APIs: answers fixed JSON per path and remembers the
 * Authorization header of the last call, so tests see what the portal sends and how it shows what it gets.
 */
final class StandInServices {

    record Answer(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();

    StandInServices() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void json(String path, String body) {
        answers.put(path, new Answer(200, "application/json", body));
    }

    void problem(String path, int status, String body) {
        answers.put(path, new Answer(status, "application/problem+json", body));
    }

    String authorizationOf(String path) {
        return authorizations.get(path);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.put(path, authorization == null ? "none" : authorization);
        exchange.getRequestBody().readAllBytes();
        Answer answer = answers.getOrDefault(path, new Answer(404, "application/problem+json",
                "{\"title\":\"Not Found\",\"status\":404}"));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
