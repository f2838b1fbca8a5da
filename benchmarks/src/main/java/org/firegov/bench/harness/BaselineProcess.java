package org.firegov.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.firegov.localstack.LocalStack;

/**
 * The write-path baseline app ({@code org.firegov.bench.baseline}) as a child JVM with the services' flags, on the
 * stack's PostgreSQL (database {@value #DATABASE}) and Keycloak.
 */
public final class BaselineProcess implements AutoCloseable {

    public static final String DATABASE = "bench_baseline";
    public static final String MAIN = "org.firegov.bench.baseline.BaselineApplication";

    private final int port;
    private Process process;

    private BaselineProcess(int port) {
        this.port = port;
    }

    /** A free port, chosen before the stack starts so the gateway can be given the baseline's URI. */
    public static BaselineProcess onFreePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return new BaselineProcess(s.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BaselineProcess onPort(int port) {
        return new BaselineProcess(port);
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public void start(Target target, Http http) {
        createDatabase(target);
        // beside the jar, not in the (possibly temporary) data dir, so it outlives a failed run
        Path log = Path.of("benchmarks", "target", "bench-baseline.log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                    "-cp", System.getProperty("java.class.path"), MAIN))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(Map.of(
                    "SERVER_PORT", Integer.toString(port),
                    "SPRING_DATASOURCE_URL", target.jdbcUrl(DATABASE),
                    "SPRING_DATASOURCE_USERNAME", LocalStack.DB_USER,
                    "SPRING_DATASOURCE_PASSWORD", LocalStack.DB_PASSWORD,
                    "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", target.issuer()));
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the baseline app stopped during start; see " + log);
            }
            try {
                if (http.get(uri() + "/actuator/health", null).body().contains("UP")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep(500);
        }
        throw new IllegalStateException("the baseline app did not become healthy in 3 minutes; see " + log);
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    private static void createDatabase(Target target) {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl("postgres"), LocalStack.DB_USER,
                LocalStack.DB_PASSWORD)) {
            boolean exists = c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '"
                    + DATABASE + "'").next();
            if (!exists) {
                c.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
