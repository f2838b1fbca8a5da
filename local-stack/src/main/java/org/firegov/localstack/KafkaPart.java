package org.firegov.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real single-node KRaft broker ({@code kafka.Kafka}) as a child JVM, from the Kafka jars Maven copied to
 * {@code local-stack/target/lib}. Storage in {@code <dataDir>/kafka}, formatted once with a cluster id kept there.
 */
final class KafkaPart implements Part {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final StackConfig config;
    private ChildProcess process;

    KafkaPart(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public List<PortKey> ports() {
        return List.of(PortKey.KAFKA, PortKey.KAFKA_CONTROLLER);
    }

    @Override
    public String startingDetail() {
        return "port " + config.port(PortKey.KAFKA) + " (controller " + config.port(PortKey.KAFKA_CONTROLLER)
                + "), data in " + home();
    }

    private Path home() {
        return config.dataDir().resolve("kafka");
    }

    @Override
    public void start() {
        Path log = config.logFile(name());
        ChildProcess.rotateLog(log);
        List<String> java = javaWithClasspath();
        Path properties = writeServerProperties();
        Path logDir = home().resolve("data");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            List<String> format = new ArrayList<>(java);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", properties.toString()));
            ChildProcess.run("kafka-format", "formatting Kafka storage", format, Map.of(), home(), log,
                    config.runDir(), Duration.ofSeconds(60));
        }
        List<String> command = new ArrayList<>(java);
        command.add("kafka.Kafka");
        command.add(properties.toString());
        process = ChildProcess.start(name(), command, Map.of(), home(), log, config.runDir());
    }

    @Override
    public void awaitReady(Duration timeout, Runnable stillWanted) {
        Runnable alive = () -> {
            stillWanted.run();
            process.requireAlive();
        };
        long started = System.nanoTime();
        int port = config.port(PortKey.KAFKA);
        Poll.until("Kafka", timeout, Duration.ofMillis(200), alive, () -> Poll.tcpOpen(port));
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap());
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin client = Admin.create(admin)) {
            Duration left = timeout.minusNanos(System.nanoTime() - started);
            Poll.until("Kafka", left.isNegative() ? Duration.ZERO : left, Duration.ofMillis(200), alive,
                    () -> !client.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty());
        }
    }

    @Override
    public String waitingFor() {
        return "the broker at " + config.kafkaBootstrap();
    }

    @Override
    public String readyDetail() {
        return config.kafkaBootstrap();
    }

    @Override
    public void stop() {
        if (process != null) {
            process.stop(STOP_GRACE); // SIGTERM: a controlled shutdown, which flushes the logs
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

    private String clusterId() {
        Path file = home().resolve("cluster.id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            String id = Uuid.randomUuid().toString();
            Files.writeString(file, id);
            return id;
        } catch (IOException e) {
            throw new LocalStackException("Kafka: cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Rewritten on every start, so changed ports apply; a static quorum takes its voters from here, not the log. */
    private Path writeServerProperties() {
        int broker = config.port(PortKey.KAFKA);
        int controller = config.port(PortKey.KAFKA_CONTROLLER);
        String text = String.join("\n",
                "# written by the FireGov local stack on every start; edit LocalStack/KafkaPart instead",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + broker + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + broker,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + home().resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "# keep records until deleted by hand: 'a second start keeps all data', also after a week away",
                "log.retention.hours=-1",
                "");
        try {
            Files.createDirectories(home());
            Path file = home().resolve("server.properties");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new LocalStackException("Kafka: cannot write server.properties in " + home() + ": "
                    + e.getMessage(), e);
        }
    }

    private List<String> javaWithClasspath() {
        List<String> command = new ArrayList<>(List.of(StackConfig.javaCommand(), "-Xmx512m",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients=warn"));
        Path lib = libDirectory();
        if (lib != null) {
            command.add("-cp");
            command.add(lib + File.separator + "*");
        } else {
            command.add("@" + classpathArgFile()); // a test or IDE class path can be longer than one argument may be
        }
        return command;
    }

    /**
     * The folder Maven copied the runtime dependencies to: next to the running {@code local-stack-launcher.jar}, or
     * {@code <root>/local-stack/target/lib}. Null when neither holds the Kafka jars (in the module's own tests).
     */
    private Path libDirectory() {
        List<Path> candidates = new ArrayList<>();
        try {
            Path self = Path.of(KafkaPart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(self)) {
                candidates.add(self.resolveSibling("lib"));
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // no code source: fall through
        }
        candidates.add(config.projectRoot().resolve("local-stack").resolve("target").resolve("lib"));
        for (Path candidate : candidates) {
            if (containsKafka(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean containsKafka(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().matches("kafka_2\\.13-.*\\.jar"));
        } catch (IOException e) {
            return false;
        }
    }

    private Path classpathArgFile() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(entry);
            entries.addAll(manifestClassPath(Path.of(entry)));
        }
        if (entries.stream().noneMatch(e -> e.matches(".*kafka_2\\.13-[^/]*\\.jar"))) {
            throw new LocalStackException("Kafka jars not found: build the launcher first with "
                    + "./mvnw -pl local-stack -am package -DskipTests (it copies them to local-stack/target/lib)");
        }
        String classpath = entries.stream().filter(e -> Files.exists(Path.of(e)))
                .collect(Collectors.joining(File.pathSeparator));
        Path file = home().resolve("classpath.args");
        try {
            Files.createDirectories(home());
            Files.writeString(file, "-cp \"" + classpath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
        } catch (IOException e) {
            throw new LocalStackException("Kafka: cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** A manifest-only jar (surefire, IntelliJ "shorten command line") lists the real class path in its manifest. */
    private static List<String> manifestClassPath(Path entry) {
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return List.of();
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            if (jar.getManifest() == null) {
                return List.of();
            }
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            return Arrays.stream(classPath.trim().split("\\s+"))
                    .map(e -> {
                        try {
                            return entry.getParent().toUri().resolve(e).getPath();
                        } catch (IllegalArgumentException ex) {
                            return e;
                        }
                    })
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
