package org.firegov.localstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform on embedded defaults: PostgreSQL, a Mongo wire server, Kafka and Keycloak, then the services and
 * the gateway as child JVMs. Used by {@link Main} and, as a library, by the end-to-end tests:
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder().projectRoot(root).dataDir(tempDir).freePorts().build().start()) {
 *     HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/")) ...);
 *     stack.stopService("accountability");   // SIGKILL, as in a crash
 *     stack.startService("accountability");  // and wait until healthy
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    /** PostgreSQL user and password (also for JDBC URLs that carry a password). */
    public static final String DB_USER = StackConfig.DB_USER;
    public static final String DB_PASSWORD = StackConfig.DB_PASSWORD;
    /** Keycloak's master-realm administrator. */
    public static final String KEYCLOAK_ADMIN_USER = KeycloakPart.ADMIN_USER;
    public static final String KEYCLOAK_ADMIN_PASSWORD = KeycloakPart.ADMIN_PASSWORD;
    public static final String REALM = StackConfig.REALM;
    public static final String GATEWAY_CLIENT_SECRET = SpringBootPart.GATEWAY_CLIENT_SECRET;

    private final StackConfig config;
    private final boolean infraOnly;
    private final Progress progress;
    private final List<Part> infrastructure;
    private final Map<PlatformService, SpringBootPart> services = new EnumMap<>(PlatformService.class);

    private final Object lock = new Object();
    /** Parts whose start was attempted, in order; stopped in reverse. */
    private final List<Part> started = new ArrayList<>();
    private DataDirLock dataDirLock;
    /** No more starting: set by close() and after a failed start. */
    private volatile boolean closing;
    /** close() was called (Ctrl-C, end of a test), as opposed to a start that failed by itself. */
    private volatile boolean closeRequested;
    /** Counted down when start() has returned or thrown (and cleaned up after itself). */
    private final CountDownLatch startFinished = new CountDownLatch(1);
    private volatile boolean starting;
    private final Thread shutdownHook = new Thread(this::close, "firegov-local-stack-stop");
    private final Object stopLock = new Object();
    private Duration startupTime;

    private LocalStack(StackConfig config, boolean infraOnly, Progress progress,
                       Map<PlatformService, Map<String, String>> extraEnvironment) {
        this.config = config;
        this.infraOnly = infraOnly;
        this.progress = progress;
        this.infrastructure = List.of(new PostgresPart(config), new MongoPart(config), new KafkaPart(config),
                new KeycloakPart(config));
        for (PlatformService service : PlatformService.values()) {
            services.put(service, new SpringBootPart(config, service,
                    extraEnvironment.getOrDefault(service, Map.of())));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts every part in order and returns when all are ready. Checks first, before starting anything, that all
     * ports are free and everything needed is built. On failure, stops what it started and throws
     * {@link LocalStackException} (or {@link PortInUseException}) with a message for the console.
     */
    public LocalStack start() {
        synchronized (lock) {
            if (closing || starting || !started.isEmpty()) {
                throw new IllegalStateException("a LocalStack starts once; build a new one");
            }
            starting = true;
        }
        try {
            // children run in their own sessions: if this JVM is stopped (Ctrl-C on mvn, a killed test run), they
            // would otherwise outlive it
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            throw new LocalStackException("the JVM is shutting down", e);
        }
        long t0 = System.nanoTime();
        try {
            preflight();
            dataDirLock = DataDirLock.acquire(config.dataDir());
            for (Part part : infrastructure) {
                startAndAwait(part);
            }
            if (!infraOnly) {
                startServices(services.values());
            }
            startupTime = Duration.ofNanos(System.nanoTime() - t0);
            return this;
        } catch (RuntimeException e) {
            boolean cancelled = closeRequested;
            stopAll();
            if (cancelled) {
                throw new LocalStackException("start cancelled: the stack is being stopped", e);
            }
            throw e;
        } finally {
            startFinished.countDown();
        }
    }

    private void requireNotClosing() {
        if (closing) {
            throw new LocalStackException("start cancelled: the stack is being stopped");
        }
    }

    /** True once {@link #close()} was called (e.g. Ctrl-C), also while {@link #start()} is still unwinding. */
    public boolean isClosing() {
        return closeRequested;
    }

    /** Everything that can fail without starting anything: ports, jars, the Keycloak distribution, the realm. */
    private void preflight() {
        Map<PortKey, Integer> wanted = new LinkedHashMap<>();
        for (Part part : parts()) {
            for (PortKey key : part.ports()) {
                wanted.put(key, config.port(key));
            }
        }
        PortCheck.requireFree(wanted, config.runDir());
        ((KeycloakPart) infrastructure.get(3)).checkInstalled();
        if (!infraOnly) {
            services.values().forEach(SpringBootPart::checkBuilt);
        }
    }

    private List<Part> parts() {
        List<Part> all = new ArrayList<>(infrastructure);
        if (!infraOnly) {
            all.addAll(services.values());
        }
        return all;
    }

    private void startAndAwait(Part part) {
        long t0 = System.nanoTime();
        launch(part);
        await(part, t0);
    }

    private void launch(Part part) {
        synchronized (lock) {
            if (closing) {
                throw new LocalStackException("start cancelled");
            }
            started.add(part);
        }
        progress.starting(part.name(), part.startingDetail());
        try {
            part.start();
        } catch (RuntimeException e) {
            progress.failed(part.name(), firstLine(e.getMessage()));
            throw e;
        }
    }

    private void await(Part part, long t0) {
        if (part.waitingFor() != null) {
            progress.waiting(part.name(), "for " + part.waitingFor());
        }
        try {
            part.awaitReady(config.startupTimeout(), this::requireNotClosing);
        } catch (RuntimeException e) {
            if (!closing) {
                progress.failed(part.name(), firstLine(e.getMessage()) + "  (log: " + config.logFile(part.name())
                        + ")");
            }
            throw e;
        }
        progress.up(part.name(), Duration.ofNanos(System.nanoTime() - t0), part.readyDetail());
    }

    /** Launches all at once (the JVMs warm up in parallel), then waits for each; reports every failure. */
    private void startServices(Collection<SpringBootPart> parts) {
        long t0 = System.nanoTime();
        for (SpringBootPart part : parts) {
            launch(part);
        }
        ExecutorService pool = Executors.newFixedThreadPool(parts.size(), r -> {
            Thread t = new Thread(r, "firegov-await");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<SpringBootPart, Future<?>> waits = new LinkedHashMap<>();
            for (SpringBootPart part : parts) {
                waits.put(part, pool.submit(() -> await(part, t0)));
            }
            List<String> failures = new ArrayList<>();
            for (Map.Entry<SpringBootPart, Future<?>> wait : waits.entrySet()) {
                try {
                    wait.getValue().get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause().getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new LocalStackException(String.join("\n\n", failures));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while waiting for the services", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stops everything this stack started: services (in parallel), Keycloak, Kafka, Mongo, PostgreSQL. */
    @Override
    public void close() {
        closeRequested = true;
        closing = true;
        if (starting) {
            // start() notices within a poll interval, stops what it started and returns
            try {
                startFinished.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopAll();
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException ignored) {
                // shutting down already, or never registered
            }
        }
    }

    /** A second caller (e.g. another shutdown hook) waits until the first has stopped everything. */
    private void stopAll() {
        synchronized (stopLock) {
            stopAllNow();
        }
    }

    private void stopAllNow() {
        List<Part> toStop;
        synchronized (lock) {
            closing = true;
            toStop = new ArrayList<>(started);
            started.clear();
        }
        List<SpringBootPart> apps = toStop.stream().filter(p -> p instanceof SpringBootPart)
                .map(p -> (SpringBootPart) p).toList();
        List<Thread> stoppers = new ArrayList<>();
        for (SpringBootPart app : apps) {
            Thread t = new Thread(() -> stopQuietly(app), "firegov-stop-" + app.name());
            t.start();
            stoppers.add(t);
        }
        for (Thread t : stoppers) {
            joinQuietly(t);
        }
        List<Part> rest = new ArrayList<>(toStop);
        rest.removeAll(apps);
        for (int i = rest.size() - 1; i >= 0; i--) {
            stopQuietly(rest.get(i));
        }
        if (dataDirLock != null) {
            dataDirLock.close();
            dataDirLock = null;
        }
    }

    private void stopQuietly(Part part) {
        boolean wasAlive = part.isAlive();
        long t0 = System.nanoTime();
        try {
            if (wasAlive) {
                progress.stopping(part.name());
            }
            part.stop();
            if (wasAlive) {
                progress.stopped(part.name(), String.format(Locale.ROOT, "after %.1f s",
                        (System.nanoTime() - t0) / 1e9));
            }
        } catch (RuntimeException e) {
            progress.failed(part.name(), "while stopping: " + e.getMessage());
        }
    }

    /** Waits even if interrupted: stopping in order matters more (every stop has its own timeout). */
    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills a service or the gateway with SIGKILL, as in a crash. */
    public void stopService(String name) {
        SpringBootPart part = service(name);
        part.kill();
        progress.killed(part.name());
    }

    /** Starts a service or the gateway (again) and waits until it is healthy. */
    public void startService(String name) {
        SpringBootPart part = service(name);
        if (part.isAlive()) {
            throw new IllegalStateException(part.name() + " is running");
        }
        long t0 = System.nanoTime();
        synchronized (lock) {
            if (closing) {
                throw new IllegalStateException("the stack is stopped");
            }
            if (!started.contains(part)) {
                started.add(part);
            }
        }
        progress.starting(part.name(), part.startingDetail());
        part.start();
        await(part, t0);
    }

    public boolean isServiceRunning(String name) {
        return service(name).isAlive();
    }

    /** Parts that were started, not stopped on purpose, and no longer run (e.g. a service that crashed). */
    public List<String> unexpectedlyStopped() {
        synchronized (lock) {
            if (closing) {
                return List.of();
            }
            return started.stream()
                    .filter(p -> p instanceof SpringBootPart sb ? sb.diedUnexpectedly() : !p.isAlive())
                    .map(Part::name).toList();
        }
    }

    private SpringBootPart service(String name) {
        if (infraOnly) {
            throw new IllegalStateException("this stack was built with infraOnly(): it runs no services");
        }
        return services.get(PlatformService.named(name));
    }

    // --- where things are -------------------------------------------------------------------------------------

    public String gatewayUrl() {
        return "http://localhost:" + config.port(PortKey.GATEWAY);
    }

    /** E.g. {@code http://localhost:8180}; the admin console is at this URL ({@link #KEYCLOAK_ADMIN_USER}). */
    public String keycloakUrl() {
        return config.keycloakUrl();
    }

    /** {@code http://localhost:<port>/realms/firegov}: the issuer of the tokens, as the services expect it. */
    public String keycloakIssuerUri() {
        return config.keycloakIssuer();
    }

    /** {@code inspection}, {@code accountability}, {@code training}, {@code infrastructure}, {@code integration} or {@code gateway}. */
    public String serviceUrl(String name) {
        return "http://localhost:" + config.port(PlatformService.named(name).port());
    }

    public String kafkaBootstrap() {
        return config.kafkaBootstrap();
    }

    /** E.g. {@code jdbc:postgresql://127.0.0.1:15432/inspection}; user and password {@link #DB_USER}. */
    public String postgresJdbcUrl(String database) {
        return config.jdbcUrl(database);
    }

    /** E.g. {@code mongodb://127.0.0.1:27018/training}. */
    public String mongoUri(String database) {
        return config.mongoUri(database);
    }

    public int port(PortKey key) {
        return config.port(key);
    }

    public Ports ports() {
        return config.ports();
    }

    public Path dataDir() {
        return config.dataDir();
    }

    public Path projectRoot() {
        return config.projectRoot();
    }

    /** {@code <dataDir>/logs/<part>.log}, e.g. {@code logFile("keycloak")} or {@code logFile("gateway")}. */
    public Path logFile(String part) {
        return config.logFile(part);
    }

    /** The environment a service or the gateway gets (e.g. to run one from the IDE against this stack). */
    public Map<String, String> serviceEnvironment(String name) {
        return Map.copyOf(services.get(PlatformService.named(name)).environment());
    }

    public boolean isInfraOnly() {
        return infraOnly;
    }

    /** How long {@link #start()} took, or null before it returned. */
    public Duration startupTime() {
        return startupTime;
    }

    Progress progress() {
        return progress;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Defaults: project root found from the current directory, data in {@code <root>/.data}, the standard ports. */
    public static final class Builder {

        private Path projectRoot;
        private Path dataDir;
        private Ports ports = Ports.defaults();
        private boolean infraOnly;
        private Path realmFile;
        private Path keycloakHome;
        private Duration startupTimeout = Duration.ofMinutes(5);
        private Progress progress = Progress.to(System.out);
        private final Map<PlatformService, Map<String, String>> extraEnvironment = new EnumMap<>(PlatformService.class);

        private Builder() {
        }

        /** The directory holding {@code mvnw}; by default found by walking up from the current directory. */
        public Builder projectRoot(Path projectRoot) {
            this.projectRoot = projectRoot;
            return this;
        }

        /** Where PostgreSQL, Mongo, Kafka and the logs keep their files; default {@code <root>/.data}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder ports(Ports ports) {
            this.ports = ports;
            return this;
        }

        public Builder port(PortKey key, int port) {
            this.ports = ports.with(key, port);
            return this;
        }

        /** A free port for every part, so tests never collide with a running dev stack or each other. */
        public Builder freePorts() {
            this.ports = Ports.free();
            return this;
        }

        /** Only PostgreSQL, Mongo, Kafka and Keycloak. */
        public Builder infraOnly() {
            return infraOnly(true);
        }

        public Builder infraOnly(boolean infraOnly) {
            this.infraOnly = infraOnly;
            return this;
        }

        /** The realm to import on the first start; default {@code <root>/keycloak/firegov-realm.json}. */
        public Builder realmFile(Path realmFile) {
            this.realmFile = realmFile;
            return this;
        }

        /** The unpacked Keycloak distribution; default {@code <root>/local-stack/target/keycloak}. */
        public Builder keycloakHome(Path keycloakHome) {
            this.keycloakHome = keycloakHome;
            return this;
        }

        /** How long each part may take to become ready; default 5 minutes. */
        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = startupTimeout;
            return this;
        }

        /** Where the one-line status updates go; default {@code System.out}. */
        public Builder progress(PrintStream out) {
            this.progress = Progress.to(out);
            return this;
        }

        public Builder progress(Progress progress) {
            this.progress = progress;
            return this;
        }

        public Builder quiet() {
            this.progress = Progress.silent();
            return this;
        }

        /**
         * An environment variable for one service or the gateway, on top of the launcher's contract (which it may
         * override); e.g. the benchmarks' baseline route: {@code environment("gateway",
         * "FIREGOV_GATEWAY_BENCHMARK_BASELINE_URI", url)}.
         */
        public Builder environment(String service, String name, String value) {
            extraEnvironment.computeIfAbsent(PlatformService.named(service), s -> new LinkedHashMap<>())
                    .put(name, value);
            return this;
        }

        public LocalStack build() {
            Path root = (projectRoot != null ? projectRoot : ProjectRoot.find()).toAbsolutePath().normalize();
            Path data = (dataDir != null ? dataDir : root.resolve(".data")).toAbsolutePath().normalize();
            Path realm = realmFile != null ? realmFile : root.resolve("keycloak").resolve("firegov-realm.json");
            Path kc = keycloakHome;
            if (kc == null) {
                String fromProperty = System.getProperty("firegov.keycloak-home");
                kc = fromProperty != null ? Path.of(fromProperty)
                        : root.resolve("local-stack").resolve("target").resolve("keycloak");
            }
            StackConfig config = new StackConfig(root, data, ports, realm.toAbsolutePath(), kc.toAbsolutePath(),
                    startupTimeout);
            return new LocalStack(config, infraOnly, progress, extraEnvironment);
        }
    }
}
