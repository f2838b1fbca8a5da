package org.firegov.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * PostgreSQL 17 from zonky's binaries, data kept in {@code <dataDir>/postgres}. As root, zonky runs the server
 * through {@code unshare -U} (PostgreSQL refuses to run as root), which works here without further setup.
 */
final class PostgresPart implements Part {

    /** One database per service, plus Keycloak's. */
    static final List<String> DATABASES = List.of("inspection", "accountability", "training", "infrastructure",
            "integration", "keycloak");

    private final StackConfig config;
    private EmbeddedPostgres postgres;

    PostgresPart(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public List<PortKey> ports() {
        return List.of(PortKey.POSTGRES);
    }

    @Override
    public String startingDetail() {
        return "port " + config.port(PortKey.POSTGRES) + ", data in " + dataDirectory();
    }

    private Path dataDirectory() {
        return config.dataDir().resolve("postgres");
    }

    @Override
    public void start() {
        Path log = config.logFile(name());
        try {
            Files.createDirectories(config.logDir());
            ChildProcess.rotateLog(log);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory())
                    .setCleanDataDirectory(false)
                    .setPort(config.port(PortKey.POSTGRES))
                    .setRegisterShutdownHook(false) // LocalStack stops it last, after everything using it
                    .setPGStartupWait(config.startupTimeout())
                    .setServerConfig("max_connections", "200") // 4 services' pools, Keycloak, tests
                    // zonky's test defaults (-F, synchronous_commit=off) trade durability for speed; this data is kept
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new LocalStackException("PostgreSQL did not start: " + rootMessage(e)
                    + ChildProcess.logTail(log), e);
        }
        writePid();
    }

    @Override
    public void awaitReady(Duration timeout, Runnable stillWanted) {
        // zonky's start() returns once the server accepts connections; prepare the databases
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // initdb trusts local connections; the password is for clients that insist on sending one
            s.execute("ALTER USER " + StackConfig.DB_USER + " PASSWORD '" + StackConfig.DB_PASSWORD + "'");
            for (String database : DATABASES) {
                if (!exists(c, database)) {
                    s.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new LocalStackException("PostgreSQL started but preparing the databases failed: " + e.getMessage(),
                    e);
        }
    }

    private static boolean exists(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public String readyDetail() {
        return config.jdbcUrl("<db>");
    }

    @Override
    public void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close(); // pg_ctl stop -m fast: a clean shutdown with a checkpoint
        } catch (IOException e) {
            throw new LocalStackException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        } finally {
            postgres = null;
            deletePid();
        }
    }

    @Override
    public boolean isAlive() {
        return postgres != null && postmasterPid() > 0 && ProcessHandle.of(postmasterPid())
                .map(ProcessHandle::isAlive).orElse(false);
    }

    /** zonky starts the server with pg_ctl, which detaches it (own session): its pid is in postmaster.pid. */
    private long postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory().resolve("postmaster.pid"));
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private void writePid() {
        try {
            Files.createDirectories(config.runDir());
            Files.writeString(config.runDir().resolve(name() + ".pid"), Long.toString(postmasterPid()));
        } catch (IOException ignored) {
            // only used for hints in error messages
        }
    }

    private void deletePid() {
        try {
            Files.deleteIfExists(config.runDir().resolve(name() + ".pid"));
        } catch (IOException ignored) {
            // harmless
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }
}
