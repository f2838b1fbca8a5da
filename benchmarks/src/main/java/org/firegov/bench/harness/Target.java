package org.firegov.bench.harness;

import java.nio.file.Path;
import java.time.Duration;

import org.firegov.localstack.LocalStack;
import org.firegov.localstack.PortKey;
import org.firegov.localstack.Ports;

/**
 * The platform under test: a local stack this harness started (and may restart services of), or one already
 * running on the default ports ({@code --attach}).
 */
public final class Target {

    private final LocalStack stack;
    private final Ports ports;
    private final Path dataDir;
    private final Duration startupTime;

    private Target(LocalStack stack, Ports ports, Path dataDir, Duration startupTime) {
        this.stack = stack;
        this.ports = ports;
        this.dataDir = dataDir;
        this.startupTime = startupTime;
    }

    public static Target owned(LocalStack stack) {
        return new Target(stack, stack.ports(), stack.dataDir(), stack.startupTime());
    }

    public static Target attached(Ports ports, Path dataDir) {
        return new Target(null, ports, dataDir, null);
    }

    public boolean owned() {
        return stack != null;
    }

    public LocalStack stack() {
        if (stack == null) {
            throw new IllegalStateException("attached to a running stack: it cannot be restarted from here");
        }
        return stack;
    }

    public String gateway() {
        return "http://localhost:" + ports.get(PortKey.GATEWAY);
    }

    /** Straight to a service, bypassing the gateway: {@code inspection}, {@code accountability}, … */
    public String service(String name) {
        return "http://localhost:" + ports.get(PortKey.fromKey(name));
    }

    public String issuer() {
        return "http://localhost:" + ports.get(PortKey.KEYCLOAK) + "/realms/" + LocalStack.REALM;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + ports.get(PortKey.POSTGRES) + "/" + database;
    }

    public String mongoUri() {
        return "mongodb://127.0.0.1:" + ports.get(PortKey.MONGO);
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + ports.get(PortKey.KAFKA);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** How long the stack took to start, when this harness started it. */
    public Duration startupTime() {
        return startupTime;
    }
}
