package org.firegov.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Stands in for a Spring Boot service in tests: health on /actuator/health, its environment on /env. */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/actuator/health", ex -> respond(ex, "{\"status\":\"UP\"}"));
        server.createContext("/env", ex -> respond(ex, new TreeMap<>(System.getenv()).entrySet().stream()
                .map(Map.Entry::toString).collect(Collectors.joining("\n"))));
        server.start();
        System.out.println("fake service listening on " + port);
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A service that fails during startup, like one that cannot reach its database. */
    public static final class Failing {

        private Failing() {
        }

        public static void main(String[] args) {
            for (int i = 1; i <= 30; i++) {
                System.out.println("startup line " + i);
            }
            System.out.println("APPLICATION FAILED TO START: no database");
            System.exit(3);
        }
    }
}
