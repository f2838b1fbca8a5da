package org.firegov.inspection.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.firegov.events.Topics;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.events.iot.DeviceSignalV1;
import org.firegov.events.iot.IotEvents;
import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** IoT monitoring end to end: signals on real Kafka, alarms over HTTP with real tokens, poison records to the DLT. */
@FireGovServiceTest
class IotMonitoringIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    OfflineDeviceCheck offlineCheck;

    InspectionApi api;
    Signals signals;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
        signals = new Signals(kafka, json);
    }

    /** A registered unit, once the read model the intake checks signals against shows it. */
    private String unit(String town, String department, String riskGrade, List<String> categories) {
        String unit = api.registerUnit(town, department, riskGrade, categories);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/inspection/units/" + unit, Tokens.brigade()).status() == 200);
        return unit;
    }

    private static String device(String kind) {
        return kind.toLowerCase() + "-" + UUID.randomUUID();
    }

    private JsonNode alarmsOf(String deviceId, String token) {
        Reply reply = api.get("/api/inspection/iot/alarms?deviceId=" + deviceId, token);
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
        return reply.body().get("items");
    }

    private JsonNode awaitAlarms(String deviceId, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> alarmsOf(deviceId, Tokens.brigade()).size() >= count);
        return alarmsOf(deviceId, Tokens.brigade());
    }

    private JsonNode health(String unit, String token) {
        return api.get("/api/inspection/iot/units/" + unit + "/devices", token).body();
    }

    /** Waits until the device's state shows a signal measured at {@code at}: every earlier signal was handled. */
    private void awaitSeen(String unit, String deviceId, Instant at) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(health(unit, Tokens.brigade())
                .get("deviceStates").findValuesAsText("lastSeenAt")).contains(at.toString()));
    }

    @Test
    void a_storm_of_a_thousand_smoke_signals_from_one_device_raises_exactly_one_alarm_seen_in_scope() throws Exception {
        String unit = unit("xiabao", "education", "KEY", List.of("SCHOOL"));
        String smoke = device("SMOKE");
        Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            sent.add(signals.send(new DeviceSignalV1(smoke, unit, "SMOKE", 1, first.plusMillis(i))));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get();
        awaitSeen(unit, smoke, first.plusMillis(999));

        JsonNode alarms = awaitAlarms(smoke, 1);
        assertThat(alarms).hasSize(1);
        JsonNode alarm = alarms.get(0);
        assertThat(alarm.get("kind").asText()).isEqualTo("FIRE");
        assertThat(alarm.get("status").asText()).isEqualTo("RAISED");
        assertThat(alarm.get("measuredAt").asText()).isEqualTo(first.toString());
        assertThat(alarm.get("detectionLatencyMillis").asLong()).isNotNegative();
        String alarmId = alarm.get("alarmId").asText();

        // scoped: the unit's town, department and the unit itself see it; others do not
        assertThat(alarmsOf(smoke, Tokens.town("xiabao"))).hasSize(1);
        assertThat(alarmsOf(smoke, Tokens.department("education"))).hasSize(1);
        assertThat(alarmsOf(smoke, Tokens.unit(unit))).hasSize(1);
        assertThat(alarmsOf(smoke, Tokens.town("tongcheng"))).isEmpty();
        assertThat(alarmsOf(smoke, Tokens.department("health"))).isEmpty();
        assertThat(api.get("/api/inspection/iot/alarms/" + alarmId, Tokens.unit(InspectionApi.newCreditCode()))
                .status()).isEqualTo(404);
        assertThat(api.get("/api/inspection/iot/units/" + unit + "/devices", Tokens.town("tongcheng")).status())
                .isEqualTo(404);

        List<CloudEvent> published = InspectionApi.eventsFor(broker, InspectionEvents.ALARM_TOPIC,
                Alarm.keyOf(smoke, AlarmKind.FIRE), 1);
        assertThat(published).extracting(CloudEvent::getType).containsExactly("firegov.inspection.alarm.raised.v1");
        JsonNode data = json.readTree(published.get(0).getData().toBytes());
        assertThat(data.get("measuredAt").asText()).isEqualTo(first.toString());
        assertThat(data.get("town").asText()).isEqualTo("xiabao");
    }

    @Test
    void readings_past_their_thresholds_raise_alarms_and_normal_readings_do_not() throws Exception {
        String unit = unit("tongcheng", "health", "KEY", List.of("HOSPITAL"));
        String pressure = device("WATER_PRESSURE");
        String electrical = device("ELECTRICAL");
        String fault = device("FAULT");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        signals.send(new DeviceSignalV1(pressure, unit, "WATER_PRESSURE", 0.35, now)).get();
        signals.send(new DeviceSignalV1(electrical, unit, "ELECTRICAL", 120, now)).get();
        awaitSeen(unit, electrical, now);
        assertThat(alarmsOf(pressure, Tokens.brigade())).isEmpty();
        assertThat(alarmsOf(electrical, Tokens.brigade())).isEmpty();

        signals.send(new DeviceSignalV1(pressure, unit, "WATER_PRESSURE", 0.05, now.plusSeconds(1))).get();
        signals.send(new DeviceSignalV1(electrical, unit, "ELECTRICAL", 650, now.plusSeconds(1))).get();
        signals.send(new DeviceSignalV1(fault, unit, "FAULT", 17, now.plusSeconds(1))).get();
        assertThat(awaitAlarms(pressure, 1).get(0).get("kind").asText()).isEqualTo("LOW_WATER_PRESSURE");
        assertThat(awaitAlarms(electrical, 1).get(0).get("kind").asText()).isEqualTo("ELECTRICAL");
        assertThat(awaitAlarms(fault, 1).get(0).get("kind").asText()).isEqualTo("FAULT");

        // device states are written once a second, alarms as they are raised: wait for both
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode health = health(unit, Tokens.unit(unit));
            assertThat(health.get("devices").asInt()).isEqualTo(3);
            assertThat(health.get("online").asInt()).isEqualTo(3);
            assertThat(health.get("openAlarms").asInt()).isEqualTo(3);
        });
    }

    @Test
    void a_verified_alarm_becomes_a_hazard_or_a_counted_false_alarm_and_is_resolved() throws Exception {
        String unit = unit("xiabao", "education", "KEY", List.of("SCHOOL"));
        String real = device("SMOKE");
        String noisy = device("SMOKE");
        signals.send(new DeviceSignalV1(real, unit, "SMOKE", 1, Instant.now())).get();
        signals.send(new DeviceSignalV1(noisy, unit, "SMOKE", 1, Instant.now())).get();
        String realAlarm = awaitAlarms(real, 1).get(0).get("alarmId").asText();
        String noisyAlarm = awaitAlarms(noisy, 1).get(0).get("alarmId").asText();
        String path = "/api/inspection/iot/alarms/";

        assertThat(api.post(path + realAlarm + "/acknowledgement", Tokens.town("xiabao"),
                Map.of("verdict", "HAZARD")).status()).isEqualTo(403);
        Reply bad = api.post(path + realAlarm + "/acknowledgement", Tokens.unit(unit), Map.of("verdict", "MAYBE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(api.post(path + realAlarm + "/acknowledgement", Tokens.unit(InspectionApi.newCreditCode()),
                Map.of("verdict", "HAZARD")).status()).isEqualTo(404);

        assertThat(api.post(path + realAlarm + "/acknowledgement", Tokens.unit(unit),
                Map.of("verdict", "HAZARD", "note", "喷淋管网阀门关闭")).status()).isEqualTo(204);
        Reply twice = api.post(path + realAlarm + "/acknowledgement", Tokens.brigade(), Map.of("verdict", "FIRE"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("alarm-already-acknowledged");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode hazards = api.get("/api/inspection/hazards?unitId=" + unit, Tokens.brigade()).body()
                    .get("items");
            assertThat(hazards.findValuesAsText("source")).containsExactly("IOT");
        });

        assertThat(api.post(path + noisyAlarm + "/acknowledgement", Tokens.brigade(),
                Map.of("verdict", "FALSE_ALARM")).status()).isEqualTo(204);
        assertThat(api.post(path + noisyAlarm + "/resolution", Tokens.brigade(), Map.of("note", "已复位"))
                .status()).isEqualTo(204);
        Reply again = api.post(path + noisyAlarm + "/resolution", Tokens.brigade(), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("alarm-not-open");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode health = health(unit, Tokens.department("education"));
            assertThat(health.get("falseAlarms").asInt()).isEqualTo(1);
            assertThat(health.get("openAlarms").asInt()).isEqualTo(1);
        });

        // a new smoke signal after the resolution is a new alarm
        signals.send(new DeviceSignalV1(noisy, unit, "SMOKE", 1, Instant.now())).get();
        assertThat(awaitAlarms(noisy, 2).findValuesAsText("status")).containsExactly("RAISED", "RESOLVED");
    }

    @Test
    void poison_signals_go_to_the_dead_letter_topic_and_the_stream_goes_on() throws Exception {
        String unit = unit("xiabao", "education", "KEY", List.of("SCHOOL"));
        String junkKey = "junk-" + UUID.randomUUID();
        String blankUnit = device("SMOKE");
        String strangerUnit = device("SMOKE");
        String oddKind = device("ODD");
        String good = device("SMOKE");
        kafka.send(new ProducerRecord<>(IotEvents.SIGNAL_TOPIC, junkKey, "hello".getBytes(StandardCharsets.UTF_8)))
                .get();
        signals.send(new DeviceSignalV1(blankUnit, "", "SMOKE", 1, Instant.now())).get();
        signals.send(new DeviceSignalV1(strangerUnit, InspectionApi.newCreditCode(), "SMOKE", 1, Instant.now())).get();
        signals.send(new DeviceSignalV1(oddKind, unit, "TEMPERATURE", 90, Instant.now())).get();
        signals.send(new DeviceSignalV1(good, unit, "SMOKE", 1, Instant.now())).get();

        assertThat(awaitAlarms(good, 1)).hasSize(1);
        Map<String, Object> props = KafkaTestUtils.consumerProps("dlt-probe-" + UUID.randomUUID(), "false", broker);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(Topics.deadLetter(IotEvents.SIGNAL_TOPIC)));
            List<String> keys = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    keys.add(r.key());
                }
                assertThat(keys).contains(junkKey, blankUnit, strangerUnit, oddKind);
            });
            assertThat(keys).doesNotContain(good);
        }
        assertThat(alarmsOf(strangerUnit, Tokens.brigade())).isEmpty();
    }

    @Test
    void a_silent_device_goes_offline_once_and_its_alarm_resolves_when_it_is_heard_again() throws Exception {
        String unit = unit("dahe", "culture-tourism", "GENERAL", List.of("FARM_STAY"));
        String quiet = device("HEARTBEAT");
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(45)).truncatedTo(ChronoUnit.MILLIS);
        signals.send(new DeviceSignalV1(quiet, unit, "HEARTBEAT", 0, longAgo)).get();
        awaitSeen(unit, quiet, longAgo);

        offlineCheck.check(Instant.now());
        offlineCheck.check(Instant.now());
        JsonNode offline = awaitAlarms(quiet, 1);
        assertThat(offline).hasSize(1);
        assertThat(offline.get(0).get("kind").asText()).isEqualTo("OFFLINE");
        assertThat(health(unit, Tokens.town("dahe")).get("online").asInt()).isZero();

        Instant back = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusSeconds(1);
        signals.send(new DeviceSignalV1(quiet, unit, "HEARTBEAT", 0, back)).get();
        awaitSeen(unit, quiet, back);
        offlineCheck.check(Instant.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(alarmsOf(quiet, Tokens.brigade()).get(0).get("status").asText()).isEqualTo("RESOLVED"));
        assertThat(health(unit, Tokens.unit(unit)).get("online").asInt()).isEqualTo(1);
    }
}
