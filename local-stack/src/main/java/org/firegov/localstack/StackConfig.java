package org.firegov.localstack;

import java.nio.file.Path;
import java.time.Duration;

/** Everything the parts need to know, resolved once by {@link LocalStack.Builder}. */
record StackConfig(Path projectRoot, Path dataDir, Ports ports, Path realmFile, Path keycloakHome,
                   Duration startupTimeout) {

    static final String REALM = "firegov";
    static final String DB_USER = "postgres";
    static final String DB_PASSWORD = "postgres";

    Path logDir() {
        return dataDir.resolve("logs");
    }

    Path logFile(String part) {
        return logDir().resolve(part + ".log");
    }

    Path runDir() {
        return dataDir.resolve("run");
    }

    int port(PortKey key) {
        return ports.get(key);
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port(PortKey.POSTGRES) + "/" + database;
    }

    String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + port(PortKey.MONGO) + "/" + database;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + port(PortKey.KAFKA);
    }

    /** "localhost", not 127.0.0.1: tokens carry this issuer, and browsers and services must agree on it. */
    String keycloakUrl() {
        return "http://localhost:" + port(PortKey.KEYCLOAK);
    }

    String keycloakIssuer() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    Path serviceJar(PlatformService service) {
        return projectRoot.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
    }
}
