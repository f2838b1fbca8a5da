package org.firegov.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Real servers for a service's integration tests, started by the tests themselves: one PostgreSQL (zonky's real
 * binaries) per JVM with a fresh database per Spring context, and one MongoDB-wire server (mongo-java-server,
 * memory backend) per context. Kafka comes from {@code @EmbeddedKafka} (see {@link FireGovServiceTest}); the
 * JWT issuer from {@link TestIssuer}.
 */
public class EmbeddedServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "test_" + DATABASES.incrementAndGet();
        createDatabase(database);
        MongoServer mongo = new MongoServer(new MemoryBackend());
        java.net.InetSocketAddress address = mongo.bind();
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                mongo.shutdownNow();
            }
        });
        TestPropertyValues.of(
                "spring.datasource.url=" + postgres().getJdbcUrl("postgres", database),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.data.mongodb.uri=mongodb://127.0.0.1:" + address.getPort() + "/" + database,
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.get().issuer(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestIssuer.get().jwkSetUri(),
                "firegov.kafka.consumer.backoff=50ms"
        ).applyTo(context);
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return postgres;
    }

    private static void createDatabase(String name) {
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
    }
}
