package org.firegov.gateway.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real downstream HTTP service: answers every request with what it received (method, path, query and the headers
 * the gateway is responsible for). Any path ending in {@code /slow} answers after {@link #SLOW}.
 */
public final class EchoService {

    public static final java.time.Duration SLOW = java.time.Duration.ofSeconds(3);

    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> receivedPaths = ConcurrentHashMap.newKeySet();
    private final HttpServer server;

    public EchoService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "echo-service");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::echo);
        server.start();
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public boolean received(String path) {
        return receivedPaths.contains(path);
    }

    public void stop() {
        server.stop(0);
    }

    private void echo(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        receivedPaths.add(path);
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.endsWith("/slow")) {
            try {
                Thread.sleep(SLOW.toMillis());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", path);
        echo.put("query", exchange.getRequestURI().getRawQuery());
        echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
        echo.put("correlationId", exchange.getRequestHeaders().getFirst("X-Correlation-Id"));
        echo.put("cookie", exchange.getRequestHeaders().getFirst("Cookie"));
        echo.put("body", requestBody);
        echo.put("gatewayCsrfToken", exchange.getRequestHeaders().getFirst("X-Gateway-Csrf-Token"));
        byte[] body = json.writeValueAsBytes(echo);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
