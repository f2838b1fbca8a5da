package org.firegov.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * A service or the gateway as a child JVM ({@code java -jar <module>/target/<module>.jar}), configured only through
 * environment variables; ready when {@code /actuator/health} says UP.
 */
final class SpringBootPart implements Part {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    static final String GATEWAY_CLIENT_SECRET = "firegov-portal-demo-secret";

    private final StackConfig config;
    private final PlatformService service;
    private final Map<String, String> extraEnvironment;
    private ChildProcess process;
    private volatile boolean expectedDown = true;

    SpringBootPart(StackConfig config, PlatformService service) {
        this(config, service, Map.of());
    }

    /** With variables added on top of the contract below (e.g. a benchmark-only gateway route). */
    SpringBootPart(StackConfig config, PlatformService service, Map<String, String> extraEnvironment) {
        this.config = config;
        this.service = service;
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    PlatformService service() {
        return service;
    }

    @Override
    public String name() {
        return service.module();
    }

    @Override
    public List<PortKey> ports() {
        return List.of(service.port());
    }

    @Override
    public String startingDetail() {
        return "port " + config.port(service.port());
    }

    Path jar() {
        return config.serviceJar(service);
    }

    void checkBuilt() {
        Path jar = jar();
        String problem = null;
        if (!Files.isRegularFile(jar)) {
            problem = " is missing.";
        } else {
            try (JarFile file = new JarFile(jar.toFile())) {
                if (file.getManifest() == null || file.getManifest().getMainAttributes().getValue("Main-Class") == null) {
                    problem = " is not an executable jar.";
                }
            } catch (IOException e) {
                problem = " cannot be read as a jar (" + e.getMessage() + ").";
            }
        }
        if (problem != null) {
            throw new LocalStackException(jar + problem + " Build the services first: ./mvnw -DskipTests package"
                    + "  (or start only the infrastructure with --infra-only)");
        }
    }

    @Override
    public void start() {
        checkBuilt();
        Path log = config.logFile(name());
        ChildProcess.rotateLog(log);
        List<String> command = List.of(StackConfig.javaCommand(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-jar", jar().toString());
        process = ChildProcess.start(name(), command, environment(), config.dataDir().resolve("work").resolve(name()),
                log, config.runDir());
        expectedDown = false;
    }

    /** The contract between the launcher and the applications; see local-stack/README.md. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(config.port(service.port())));
        if (service.isGateway() || service.isPortal()) {
            env.put("INSPECTION_SERVICE_URI", serviceUri(PlatformService.INSPECTION));
            env.put("ACCOUNTABILITY_SERVICE_URI", serviceUri(PlatformService.ACCOUNTABILITY));
            env.put("TRAINING_SERVICE_URI", serviceUri(PlatformService.TRAINING));
            env.put("INFRASTRUCTURE_SERVICE_URI", serviceUri(PlatformService.INFRASTRUCTURE));
            env.put("INTEGRATION_SERVICE_URI", serviceUri(PlatformService.INTEGRATION));
            env.put("KEYCLOAK_ISSUER_URI", config.keycloakIssuer());
            env.put("KEYCLOAK_INTERNAL_URI", config.keycloakIssuer());
        }
        if (service.isGateway()) {
            env.put("PORTAL_URI", serviceUri(PlatformService.PORTAL));
            env.put("GATEWAY_CLIENT_SECRET", GATEWAY_CLIENT_SECRET);
        } else if (!service.isPortal()) {
            String database = service.shortName();
            env.put("SPRING_DATASOURCE_URL", config.jdbcUrl(database));
            env.put("SPRING_DATASOURCE_USERNAME", StackConfig.DB_USER);
            env.put("SPRING_DATASOURCE_PASSWORD", StackConfig.DB_PASSWORD);
            env.put("SPRING_DATA_MONGODB_URI", config.mongoUri(database));
            env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
            env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", config.keycloakIssuer());
            // the gateway reaches the services over loopback: its X-Forwarded-For names the real client, so a
            // service's own rate limit (the public survey's) counts each client, not the gateway as one
            env.put("FIREGOV_RATE_LIMIT_TRUSTED_PROXIES_0", "127.0.0.1");
            if (service == PlatformService.INSPECTION) {
                // a demo registry of 200 units (marked demo) for draws and dashboards; off in tests and elsewhere
                env.put("FIREGOV_SEED_REGISTRY_ENABLED", "true");
            }
        }
        env.putAll(extraEnvironment);
        return env;
    }

    private String serviceUri(PlatformService target) {
        return "http://127.0.0.1:" + config.port(target.port());
    }

    @Override
    public void awaitReady(Duration timeout, Runnable stillWanted) {
        String health = healthUrl();
        Poll.until(name() + " (" + health + ")", timeout, Duration.ofMillis(500), () -> {
                    stillWanted.run();
                    process.requireAlive();
                },
                () -> Poll.healthUp(health));
    }

    @Override
    public String waitingFor() {
        return healthUrl();
    }

    private String healthUrl() {
        return "http://127.0.0.1:" + config.port(service.port()) + "/actuator/health";
    }

    @Override
    public String readyDetail() {
        return "http://localhost:" + config.port(service.port());
    }

    @Override
    public void stop() {
        expectedDown = true;
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    /** SIGKILL, as in a crash: no shutdown hooks, no graceful Kafka/DB close. */
    void kill() {
        expectedDown = true;
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    @Override
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Started, not stopped on purpose, but no longer running. */
    boolean diedUnexpectedly() {
        return !expectedDown && process != null && !process.isAlive();
    }

    ChildProcess process() {
        return process;
    }
}
