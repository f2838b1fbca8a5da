package org.firegov.localstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The infrastructure on free ports in a temp dir: each part serves, and after a stop and a second start (on other free
 * ports) everything written before is still there.
 */
class InfrastructureRestartTest {

    private static final String TOPIC = "localstack.selftest";

    @TempDir
    Path dataDir;

    @Test
    void infrastructureServesAndKeepsItsDataAcrossRestarts() throws Exception {
        String marker = UUID.randomUUID().toString();

        try (LocalStack stack = infraStack().start()) {
            assertThat(databases(stack)).contains("inspection", "accountability", "training", "infrastructure",
                    "keycloak");
            try (Connection c = connect(stack, "inspection"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE selftest (marker text)");
                s.execute("INSERT INTO selftest VALUES ('" + marker + "')");
            }
            try (MongoClient mongo = MongoClients.create(stack.mongoUri("training"))) {
                mongo.getDatabase("training").getCollection("selftest").insertOne(new Document("marker", marker));
                // what Spring Boot's Mongo health indicator sends
                assertThat(mongo.getDatabase("training").runCommand(new Document("hello", 1)).get("ok"))
                        .isEqualTo(1.0);
            }
            produce(stack, marker);
            assertThat(consumeAll(stack)).contains(marker);
            assertThat(wellKnown(stack)).contains("\"issuer\":\"" + stack.keycloakIssuerUri() + "\"");
            HttpResponse<String> created = Http.postJson(stack.keycloakUrl() + "/admin/realms/firegov/users",
                    Http.adminToken(stack), "{\"username\":\"selftest-" + marker + "\",\"enabled\":true}");
            assertThat(created.statusCode()).isEqualTo(201);
        }

        try (LocalStack stack = infraStack().start()) {
            try (Connection c = connect(stack, "inspection"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT marker FROM selftest")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(marker);
            }
            try (MongoClient mongo = MongoClients.create(stack.mongoUri("training"))) {
                MongoCollection<Document> collection = mongo.getDatabase("training").getCollection("selftest");
                assertThat(collection.find(new Document("marker", marker)).first()).isNotNull();
            }
            assertThat(consumeAll(stack)).contains(marker);
            assertThat(wellKnown(stack)).contains("\"issuer\":\"" + stack.keycloakIssuerUri() + "\"");
            HttpResponse<String> users = Http.get(stack.keycloakUrl()
                    + "/admin/realms/firegov/users?exact=true&username=selftest-" + marker, Http.adminToken(stack));
            assertThat(users.body()).contains("selftest-" + marker);
        }
    }

    /** Free ports every time: a restart on other ports must work too (e.g. after a port clash). */
    private LocalStack infraStack() {
        return LocalStack.builder()
                .projectRoot(TestProject.root())
                .dataDir(dataDir)
                .freePorts()
                .infraOnly()
                .realmFile(TestProject.realmFile())
                .keycloakHome(TestProject.keycloakHome())
                .build();
    }

    private static Connection connect(LocalStack stack, String database) throws SQLException {
        return DriverManager.getConnection(stack.postgresJdbcUrl(database), LocalStack.DB_USER,
                LocalStack.DB_PASSWORD);
    }

    private static List<String> databases(LocalStack stack) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connect(stack, "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String wellKnown(LocalStack stack) {
        HttpResponse<String> response = Http.get(stack.keycloakIssuerUri() + "/.well-known/openid-configuration");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().replace(" ", "");
    }

    private static void produce(LocalStack stack, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(TOPIC, "key", value)).get();
        }
    }

    /** Every value in the topic, read from the beginning by a new consumer group. */
    private static List<String> consumeAll(LocalStack stack) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "selftest-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
