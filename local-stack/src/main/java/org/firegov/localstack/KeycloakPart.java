package org.firegov.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The Keycloak server distribution (unpacked by Maven into {@code local-stack/target/keycloak}) in dev mode, with its
 * database on the embedded PostgreSQL so users, sessions and realm changes live in the data dir. The realm file is
 * imported on the first start only; later starts find the realm in the database and skip the import.
 */
final class KeycloakPart implements Part {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final StackConfig config;
    private ChildProcess process;
    private boolean building;
    private List<String> addedRedirects = List.of();

    KeycloakPart(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public List<PortKey> ports() {
        return List.of(PortKey.KEYCLOAK, PortKey.KEYCLOAK_MANAGEMENT);
    }

    @Override
    public String startingDetail() {
        return "port " + config.port(PortKey.KEYCLOAK) + " (management " + config.port(PortKey.KEYCLOAK_MANAGEMENT)
                + "), database keycloak" + (building ? "; one-time build of the server, ~30 s more" : "");
    }

    /** Fails early (before anything starts) when the distribution or the realm file is missing. */
    void checkInstalled() {
        if (!Files.isRegularFile(kcSh())) {
            throw new LocalStackException("Keycloak is not unpacked at " + config.keycloakHome()
                    + ". Build the launcher first: ./mvnw -pl local-stack -am package -DskipTests");
        }
        if (config.realmFile() == null || !Files.isRegularFile(config.realmFile())) {
            throw new LocalStackException("The realm file " + config.realmFile() + " does not exist."
                    + " Use --realm-file=<file> (or -Dfiregov.realm-file) to import another one.");
        }
        building = !alreadyBuiltForPostgres();
    }

    private Path kcSh() {
        return config.keycloakHome().resolve("bin").resolve("kc.sh");
    }

    /**
     * start-dev re-augments the server (~15-25 s) when its build options differ from the last build's, which it
     * records in the generated jar. The distribution as unpacked is built for the dev-file database.
     */
    private boolean alreadyBuiltForPostgres() {
        Path generated = config.keycloakHome().resolve("lib/quarkus/generated-bytecode.jar");
        if (!Files.isRegularFile(generated)) {
            return false;
        }
        try (JarFile jar = new JarFile(generated.toFile())) {
            JarEntry entry = jar.getJarEntry("META-INF/keycloak-persisted.properties");
            if (entry == null) {
                return false;
            }
            Properties persisted = new Properties();
            try (InputStream in = jar.getInputStream(entry)) {
                persisted.load(in);
            }
            return "postgres".equals(persisted.getProperty("kc.db"))
                    && "true".equals(persisted.getProperty("kc.health-enabled"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void start() {
        checkInstalled();
        Path log = config.logFile(name());
        ChildProcess.rotateLog(log);
        copyRealm();
        List<String> command = List.of(kcSh().toString(), "start-dev",
                "--http-port=" + config.port(PortKey.KEYCLOAK),
                "--http-management-port=" + config.port(PortKey.KEYCLOAK_MANAGEMENT),
                "--health-enabled=true",
                "--import-realm",
                "--db=postgres",
                "--db-url=" + config.jdbcUrl("keycloak"),
                "--db-username=" + StackConfig.DB_USER,
                "--db-password=" + StackConfig.DB_PASSWORD);
        Map<String, String> env = Map.of(
                "JAVA_HOME", System.getProperty("java.home"), // the same JVM as the launcher
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // the realm file reads the portal client's secret from here; it must match the gateway's
                "FIREGOV_PORTAL_CLIENT_SECRET", SpringBootPart.GATEWAY_CLIENT_SECRET);
        process = ChildProcess.start(name(), command, env, config.keycloakHome(), log, config.runDir());
    }

    private void copyRealm() {
        Path importDir = config.keycloakHome().resolve("data").resolve("import");
        try {
            Files.createDirectories(importDir);
            Files.copy(config.realmFile(), importDir.resolve(StackConfig.REALM + "-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LocalStackException("Keycloak: cannot copy the realm file to " + importDir + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void awaitReady(Duration timeout, Runnable stillWanted) {
        String health = healthUrl();
        Poll.until("Keycloak (" + health + ")", timeout, Duration.ofMillis(500), () -> {
                    stillWanted.run();
                    process.requireAlive();
                },
                () -> Poll.healthUp(health));
        int gateway = config.port(PortKey.GATEWAY);
        if (gateway != PortKey.GATEWAY.defaultPort()) {
            addedRedirects = PortalRedirects.allowGatewayPort(config.keycloakUrl(), gateway);
        }
    }

    @Override
    public String waitingFor() {
        return healthUrl();
    }

    private String healthUrl() {
        return "http://127.0.0.1:" + config.port(PortKey.KEYCLOAK_MANAGEMENT) + "/health/ready";
    }

    @Override
    public String readyDetail() {
        return config.keycloakUrl() + "  realm " + StackConfig.REALM + (addedRedirects.isEmpty() ? ""
                : "  (" + PortalRedirects.PORTAL_CLIENT + " now also accepts " + addedRedirects.get(0) + ")");
    }

    @Override
    public void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    @Override
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    ChildProcess process() {
        return process;
    }
}
