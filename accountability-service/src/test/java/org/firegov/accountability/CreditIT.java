package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.firegov.accountability.credit.ExpiredDishonesty;
import org.firegov.events.accountability.AccountabilityEvents;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Credit supervision (信用监管): the dishonesty list, its public page, repair and expiry, and its events. */
@FireGovServiceTest
class CreditIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @LocalServerPort
    int port;
    @Autowired
    ExpiredDishonesty expiry;
    @Autowired
    EmbeddedKafkaBroker kafka;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String record(String unitId, String town, String department, LocalDate from, LocalDate until) {
        Reply created = api.post("/api/accountability/dishonesty-records", Tokens.committee(), Map.of(
                "unitId", unitId, "unitName", "单位" + unitId.substring(14), "town", town, "department", department,
                "basis", "VIOLATION", "reason", "拒不改正消防违法行为", "effectiveFrom", from.toString(),
                "expiresOn", until.toString()));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("recordId").asText();
    }

    private JsonNode publicList() {
        Reply list = api.get("/api/accountability/public/dishonesty-list", null);
        assertThat(list.status()).isEqualTo(200);
        return list.body();
    }

    @Test
    void an_active_record_is_on_the_public_list_with_public_fields_only_until_it_is_repaired() {
        String recordId = record("91500238MA60XB2Q37", "tongcheng", "health", TODAY.minusDays(3), TODAY.plusYears(1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(publicList().findValuesAsText("unitId")).contains("91500238MA60XB2Q37"));
        JsonNode entry = publicList().get(0);
        assertThat(entry.has("recordedBy")).isFalse();
        assertThat(entry.has("town")).isFalse();

        assertThat(api.get("/api/accountability/dishonesty-records/" + recordId, Tokens.town("tongcheng")).status())
                .isEqualTo(200);
        assertThat(api.get("/api/accountability/dishonesty-records/" + recordId, Tokens.town("xiabao")).status())
                .isEqualTo(404);
        assertThat(api.post("/api/accountability/dishonesty-records/" + recordId + "/repair", Tokens.department("health"),
                Map.of("evidence", "x")).status()).isEqualTo(403);

        assertThat(api.post("/api/accountability/dishonesty-records/" + recordId + "/repair", Tokens.committee(),
                Map.of("evidence", "整改完毕，复查合格")).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(publicList().findValuesAsText("unitId")).doesNotContain("91500238MA60XB2Q37"));
        Reply again = api.post("/api/accountability/dishonesty-records/" + recordId + "/repair", Tokens.committee(),
                Map.of("evidence", "x"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void records_expire_on_their_last_day_and_both_facts_reach_kafka() {
        String expiring = record("91500238MA61C9EH71", "dahe", "education", TODAY.minusYears(1), TODAY);
        String running = record("91110000600037341L", "dahe", "education", TODAY.minusDays(1), TODAY.plusDays(30));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                publicList().findValuesAsText("unitId").containsAll(List.of("91500238MA61C9EH71", "91110000600037341L")));

        assertThat(expiry.check()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(api.get("/api/accountability/dishonesty-records/" + expiring, Tokens.committee()).body()
                    .get("status").asText()).isEqualTo("EXPIRED");
            assertThat(api.get("/api/accountability/dishonesty-records/" + running, Tokens.committee()).body()
                    .get("status").asText()).isEqualTo("ACTIVE");
        });

        Map<String, Object> props = KafkaTestUtils.consumerProps("probe-" + UUID.randomUUID(), "false", kafka);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(AccountabilityEvents.DISHONESTY_TOPIC));
            List<String> types = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    CloudEvent event = KafkaMessageFactory.createReader(r).toEvent();
                    if (expiring.equals(event.getSubject())) {
                        types.add(event.getType());
                    }
                }
                assertThat(types).containsExactly("firegov.accountability.dishonesty.recorded.v1",
                        "firegov.accountability.dishonesty.ended.v1");
            });
        }
    }

    @Test
    void bad_records_get_clear_errors() {
        Reply bad = api.post("/api/accountability/dishonesty-records", Tokens.committee(), Map.of(
                "unitId", "91500238MA5U7K3L75", "unitName", "", "basis", "GOSSIP"));
        assertThat(bad.status()).isEqualTo(400);
        Reply fields = api.post("/api/accountability/dishonesty-records", Tokens.committee(), Map.of(
                "unitId", "91500238MA5U7K3L75", "unitName", "", "basis", "VIOLATION", "reason", "x",
                "effectiveFrom", "2026-01-01", "expiresOn", "2026-06-01"));
        assertThat(fields.errorFields()).contains("unitId", "unitName");
        Reply tooLong = api.post("/api/accountability/dishonesty-records", Tokens.committee(), Map.of(
                "unitId", "91500238MA5U7K3L74", "unitName", "x", "basis", "VIOLATION", "reason", "x",
                "effectiveFrom", "2026-01-01", "expiresOn", "2030-01-01"));
        assertThat(tooLong.body().get("code").asText()).isEqualTo("period-too-long");
        Reply unknownTown = api.post("/api/accountability/dishonesty-records", Tokens.committee(), Map.of(
                "unitId", "91500238MA5U7K3L74", "unitName", "x", "town", "atlantis", "basis", "VIOLATION",
                "reason", "x", "effectiveFrom", "2026-01-01", "expiresOn", "2026-06-01"));
        assertThat(unknownTown.body().get("code").asText()).isEqualTo("unknown-party");
        assertThat(api.post("/api/accountability/dishonesty-records", Tokens.brigade(), Map.of()).status())
                .isEqualTo(403);
    }
}
