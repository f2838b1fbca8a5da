package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.IntegrationEvent;
import org.firegov.events.inspection.HazardOverdueV1;
import org.firegov.events.inspection.HazardReportedV1;
import org.firegov.events.inspection.UnitRegisteredV1;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.RecordedEvents;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Dishonesty records made from violations: a major hazard (重大火灾隐患) left past its rectification deadline puts its
 * unit on the dishonesty list once; an ordinary overdue hazard does not.
 */
@FireGovServiceTest
class OverdueMajorHazardDishonestyIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private void send(IntegrationEvent event, String subject) {
        RecordedEvents.publish(kafka, json, event, subject);
    }

    private List<JsonNode> recordsOf(String unitId) {
        JsonNode page = api.get("/api/accountability/dishonesty-records?size=100", Tokens.committee()).body();
        return page.findParents("unitId").stream().filter(r -> unitId.equals(r.get("unitId").asText())).toList();
    }

    @Test
    void an_overdue_major_hazard_puts_its_unit_on_the_dishonesty_list_once_and_an_ordinary_one_does_not() {
        String unit = "U" + UUID.randomUUID();
        String ordinaryUnit = "U" + UUID.randomUUID();
        Instant now = Instant.now();
        send(new UnitRegisteredV1(unit, "鱼鳞乡敬老院", "yulin", "civil-affairs", Set.of("ELDERLY_CARE"), "KEY",
                now.minus(30, ChronoUnit.DAYS)), unit);
        String major = UUID.randomUUID().toString();
        String ordinary = UUID.randomUUID().toString();
        send(new HazardReportedV1(major, unit, "yulin", "civil-affairs", "INSPECTION", true,
                now.minus(20, ChronoUnit.DAYS)), major);
        send(new HazardReportedV1(ordinary, ordinaryUnit, "yulin", "civil-affairs", "INSPECTION", false,
                now.minus(20, ChronoUnit.DAYS)), ordinary);
        Instant deadline = now.minus(1, ChronoUnit.HOURS);
        HazardOverdueV1 majorOverdue = new HazardOverdueV1(major, unit, "yulin", "civil-affairs", deadline, now);
        send(majorOverdue, major);
        send(new HazardOverdueV1(ordinary, ordinaryUnit, "yulin", "civil-affairs", deadline, now), ordinary);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> records = recordsOf(unit);
            assertThat(records).hasSize(1);
            JsonNode record = records.get(0);
            assertThat(record.get("basis").asText()).isEqualTo("VIOLATION");
            assertThat(record.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(record.get("reason").asText()).contains("重大火灾隐患逾期未整改", major);
            assertThat(record.get("town").asText()).isEqualTo("yulin");
            assertThat(record.get("department").asText()).isEqualTo("civil-affairs");
            assertThat(record.get("effectiveFrom").asText()).isEqualTo(TODAY.toString());
            assertThat(record.get("expiresOn").asText()).isEqualTo(TODAY.plusYears(1).toString());
            assertThat(record.get("unitName").asText()).isIn("鱼鳞乡敬老院", unit);
        });
        assertThat(api.get("/api/accountability/public/dishonesty-list", null).body().findValuesAsText("unitId"))
                .contains(unit).doesNotContain(ordinaryUnit);

        // delivered again (as after a fact replay): still one record; the ordinary hazard never made one
        send(majorOverdue, major);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(recordsOf(unit)).hasSize(1);
            assertThat(recordsOf(ordinaryUnit)).isEmpty();
        });
    }
}
