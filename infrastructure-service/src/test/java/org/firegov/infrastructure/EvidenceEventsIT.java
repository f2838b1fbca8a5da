package org.firegov.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.firegov.events.infrastructure.InfrastructureEvents;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.KafkaProbe;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** Evidence for assessment and plan monitoring, as other services receive it on Kafka. */
@FireGovServiceTest
class EvidenceEventsIT extends InfrastructureIT {

    private JsonNode data(CloudEvent event) throws Exception {
        return json.readTree(event.getData().toBytes());
    }

    private String hydrant(String town, String type) {
        Reply created = api.post("/api/infrastructure/hydrants", Tokens.brigade(), Map.of("type", type, "town", town,
                "road", "鱼鳞街", "latitude", 31.30, "longitude", 109.60));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("hydrantId").asText();
    }

    @Test
    void a_towns_hydrant_rates_are_published_each_time_a_fact_changes_them_and_only_then() throws Exception {
        assertThat(api.post("/api/infrastructure/roads", Tokens.brigade(),
                Map.of("name", "鱼鳞街", "town", "yulin", "requiredHydrants", 2)).status()).isEqualTo(201);
        String first = hydrant("yulin", "HYDRANT");
        hydrant("yulin", "HYDRANT");
        hydrant("yulin", "INTAKE"); // not a municipal hydrant: the rates do not change
        assertThat(api.post("/api/infrastructure/hydrants/" + first + "/status", Tokens.brigade(),
                Map.of("status", "DAMAGED", "reason", "出水口损坏", "source", "INSPECTION")).status()).isEqualTo(204);

        List<CloudEvent> events = KafkaProbe.eventsFor(kafka, InfrastructureEvents.RATES_TOPIC, "hydrant-rates:yulin",
                received -> received.size() >= 4);
        assertThat(events).hasSize(4).extracting(CloudEvent::getType)
                .containsOnly("firegov.infrastructure.hydrant-rates.changed.v1");
        JsonNode afterRoad = data(events.get(0));
        assertThat(afterRoad.get("required").asInt()).isEqualTo(2);
        assertThat(afterRoad.get("coverage").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(afterRoad.get("intact").isNull()).isTrue();
        JsonNode latest = data(events.get(3));
        assertThat(latest.get("town").asText()).isEqualTo("yulin");
        assertThat(latest.get("built").asInt()).isEqualTo(2);
        assertThat(latest.get("inService").asInt()).isEqualTo(1);
        assertThat(latest.get("coverage").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(latest.get("intact").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(latest.get("coverageTargetMet").asBoolean()).isTrue();
        assertThat(latest.get("intactTargetMet").asBoolean()).isFalse();
    }

    @Test
    void stations_vehicles_equipment_and_recruits_are_published_as_evidence_against_the_plans_targets()
            throws Exception {
        String forceId = api.post("/api/infrastructure/forces", Tokens.brigade(), Map.of("kind", "FULL_TIME_BRIGADE",
                "name", "鱼鳞乡专职消防队", "town", "yulin", "personnel", 9)).body().get("forceId").asText();
        api.post("/api/infrastructure/forces/" + forceId + "/vehicles", Tokens.brigade(),
                Map.of("type", "PUBLICITY", "acquiredOn", "2025-03-01"));
        api.post("/api/infrastructure/forces/" + forceId + "/equipment", Tokens.brigade(), Map.of("category",
                "RESCUE", "description", "山岳救援器材", "quantity", 25, "acquiredOn", "2024-07-01"));
        List<CloudEvent> force = KafkaProbe.eventsFor(kafka, InfrastructureEvents.FORCE_TOPIC, forceId,
                received -> received.size() >= 3);
        assertThat(force).extracting(CloudEvent::getType).containsExactly(
                "firegov.infrastructure.force.registered.v1",
                "firegov.infrastructure.force.vehicle-assigned.v1",
                "firegov.infrastructure.force.equipment-acquired.v1");
        assertThat(data(force.get(0)).get("kind").asText()).isEqualTo("FULL_TIME_BRIGADE");
        assertThat(data(force.get(0)).get("stationClass").isNull()).isTrue();
        assertThat(data(force.get(1)).get("acquiredOn").asText()).isEqualTo("2025-03-01");
        assertThat(data(force.get(2)).get("quantity").asInt()).isEqualTo(25);

        JsonNode targets = api.get("/api/infrastructure/forces/targets", Tokens.town("yulin")).body();
        assertThat(targets.findValuesAsText("kind")).containsExactly("STATION", "FULL_TIME_BRIGADE", "MICRO_STATION");
        assertThat(targets.get(0).get("baseline2020").asInt()).isEqualTo(2);
        assertThat(targets.get(1).get("target").asInt()).isEqualTo(8);
        assertThat(targets.get(1).get("registered").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(targets.get(1).get("named").findValuesAsText("town")).containsExactly("xiabao", "tongcheng");
        assertThat(api.get("/api/infrastructure/forces/targets", Tokens.unit("91500238MA5U7K3L74")).status())
                .isEqualTo(403);

        String staffNo = "WX-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/infrastructure/recruits", Tokens.brigade(), Map.of("staffNo", staffNo,
                "hiredOn", "2023-04-01", "town", "yulin")).status()).isEqualTo(201);
        List<CloudEvent> hired = KafkaProbe.eventsFor(kafka, InfrastructureEvents.RECRUIT_TOPIC, staffNo,
                received -> !received.isEmpty());
        assertThat(hired.get(0).getType()).isEqualTo("firegov.infrastructure.recruit.hired.v1");
        assertThat(data(hired.get(0)).get("hiredOn").asText()).isEqualTo("2023-04-01");
    }
}
