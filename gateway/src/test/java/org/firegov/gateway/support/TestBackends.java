package org.firegov.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** The real servers around the gateway, started once per test JVM and shared by all tests. */
public final class TestBackends {

    public static final FakeKeycloak KEYCLOAK = new FakeKeycloak();
    public static final EchoService SERVICES = new EchoService();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            KEYCLOAK.stop();
            SERVICES.stop();
        }));
    }

    /** A local address where nothing listens: a service that is down. */
    public static String nothingListening() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestBackends() {
    }
}
