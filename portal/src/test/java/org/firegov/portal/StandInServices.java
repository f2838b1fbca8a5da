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
    private final Map<String, String> contentTypes = new ConcurrentHashMap<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> queries = new ConcurrentHashMap<>();
    private final Map<String, String> forwardedFors = new ConcurrentHashMap<>();

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

    /** Answers calls with this method only (e.g. a POST to a path whose GET lists); before the path's own answer. */
    void json(String method, String path, String body) {
        answers.put(method + " " + path, new Answer(200, "application/json", body));
    }

    void problem(String method, String path, int status, String body) {
        answers.put(method + " " + path, new Answer(status, "application/problem+json", body));
    }

    String authorizationOf(String path) {
        return authorizations.get(path);
    }

    /** The X-Forwarded-For header of the last call to the path ("none" without one). */
    String forwardedForOf(String path) {
        return forwardedFors.get(path);
    }

    /** The Content-Type of the last call to the path. */
    String contentTypeOf(String path) {
        return contentTypes.get(path);
    }

    /** The body of the last call to the path (or to {@code "METHOD path"} (as ISO-8859-1, so binary parts stay byte for byte). */
    String bodyOf(String path) {
        return bodies.get(path);
    }

    /** The query string of the last call to the path ("" for none). */
    String queryOf(String path) {
        return queries.get(path);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        queries.put(path, query == null ? "" : query);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.put(path, authorization == null ? "none" : authorization);
        String forwardedFor = exchange.getRequestHeaders().getFirst("X-Forwarded-For");
        forwardedFors.put(path, forwardedFor == null ? "none" : forwardedFor);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        contentTypes.put(path, contentType == null ? "none" : contentType);
        String received = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
        bodies.put(path, received);
        bodies.put(exchange.getRequestMethod() + " " + path, received);
        Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path, answers.getOrDefault(path,
                new Answer(404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}")));
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
