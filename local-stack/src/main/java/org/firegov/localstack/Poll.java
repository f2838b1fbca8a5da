package org.firegov.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waiting for readiness: polling with a deadline, TCP and HTTP probes. */
final class Poll {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    interface Check {
        boolean ready() throws Exception;
    }

    private Poll() {
    }

    /**
     * Calls {@code check} every {@code interval} until it says ready; before each try {@code alive} may throw (a
     * child that exited). Fails with {@code what} after {@code timeout}.
     */
    static void until(String what, Duration timeout, Duration interval, Runnable alive, Check check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (true) {
            alive.run();
            try {
                if (check.ready()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new LocalStackException(what + " was not ready after " + timeout.toSeconds() + " s"
                        + (last == null ? "" : " (last error: " + last + ")"));
            }
            sleep(interval);
        }
    }

    static boolean tcpOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True for HTTP 200 with a body saying {@code "status":"UP"} (Spring Boot actuator, Keycloak/Quarkus health). */
    static boolean healthUp(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while waiting", e);
        }
    }
}
