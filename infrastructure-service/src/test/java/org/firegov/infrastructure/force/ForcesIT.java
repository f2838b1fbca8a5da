package org.firegov.infrastructure.force;

import org.firegov.testkit.ApiClient.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.infrastructure.InfrastructureIT;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

@FireGovServiceTest
class ForcesIT extends InfrastructureIT {

    private static final String FORCES = "/api/infrastructure/forces";

    @Test
    void the_brigade_registers_forces_and_vehicles_by_annex_2_type_and_towns_see_their_own() {
        Reply station = api.post(FORCES, Tokens.brigade(), Map.of("kind", "STATION", "name", "凤凰消防站",
                "town", "fenghuang", "stationClass", "CLASS_1", "personnel", 30));
        assertThat(station.status()).as(String.valueOf(station.body())).isEqualTo(201);
        String stationId = station.body().get("forceId").asText();
        Reply brigade = api.post(FORCES, Tokens.brigade(), Map.of("kind", "FULL_TIME_BRIGADE",
                "name", "下堡镇专职消防队", "town", "xiabao", "personnel", 8));
        String brigadeId = brigade.body().get("forceId").asText();

        Reply tank = api.post(FORCES + "/" + stationId + "/vehicles", Tokens.brigade(),
                Map.of("type", "WATER_TANK", "plate", "渝A1234应急"));
        assertThat(tank.status()).isEqualTo(201);
        assertThat(api.post(FORCES + "/" + stationId + "/vehicles", Tokens.brigade(), Map.of("type", "PUBLICITY"))
                .status()).isEqualTo(201);
        String rescue = api.post(FORCES + "/" + brigadeId + "/vehicles", Tokens.brigade(),
                Map.of("type", "RESCUE")).body().get("vehicleId").asText();
        assertThat(api.post(FORCES + "/" + brigadeId + "/vehicles/" + rescue + "/retirement", Tokens.brigade(),
                Map.of("reason", "调拨")).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode view = api.get(FORCES + "/" + stationId, Tokens.committee()).body();
            assertThat(view.get("stationClass").asText()).isEqualTo("CLASS_1");
            assertThat(view.get("vehicles").findValuesAsText("type")).containsExactlyInAnyOrder("WATER_TANK", "PUBLICITY");
            assertThat(view.get("vehicles").findValuesAsText("group")).contains("FIRE_FIGHTING", "SUPPORT");
            assertThat(api.get(FORCES + "/" + brigadeId, Tokens.brigade()).body().get("vehicles").size()).isZero();
        });
        JsonNode fenghuang = api.get(FORCES + "/summary", Tokens.town("fenghuang")).body();
        assertThat(fenghuang.get("forces").get("STATION").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(fenghuang.get("forces").has("FULL_TIME_BRIGADE")).isFalse();
        assertThat(fenghuang.get("vehicles").get("WATER_TANK").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get(FORCES + "/" + brigadeId, Tokens.town("fenghuang")).status()).isEqualTo(404);
        assertThat(api.get(FORCES + "/" + brigadeId, Tokens.department("emergency")).status()).isEqualTo(200);
        assertThat(api.post(FORCES, Tokens.town("xiabao"), Map.of()).status()).isEqualTo(403);
        assertThat(api.get(FORCES, Tokens.unit("91500238MA5U7K3L74")).status()).isEqualTo(403);
    }

    @Test
    void bad_force_input_is_400_and_a_station_without_class_is_422() {
        Reply bad = api.post(FORCES, Tokens.brigade(), Map.of("kind", "CASTLE", "name", "", "town", "x"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("kind");
        Reply blank = api.post(FORCES, Tokens.brigade(), Map.of("kind", "MICRO_STATION", "name", "",
                "town", "X", "personnel", -2));
        assertThat(blank.errorFields()).containsExactlyInAnyOrder("name", "town", "personnel");
        Reply noClass = api.post(FORCES, Tokens.brigade(), Map.of("kind", "STATION", "name", "城区消防站",
                "town", "fenghuang"));
        assertThat(noClass.status()).isEqualTo(422);
        assertThat(noClass.body().get("code").asText()).isEqualTo("station-class");
        assertThat(api.post(FORCES + "/nope/vehicles", Tokens.brigade(), Map.of("type", "FOAM")).status())
                .isEqualTo(404);
    }

    @Test
    void the_forces_read_model_is_rebuilt_identically_by_replay() {
        String id = api.post(FORCES, Tokens.brigade(), Map.of("kind", "MICRO_STATION", "name", "白鹿社区微型消防站",
                "town", "bailu", "personnel", 6)).body().get("forceId").asText();
        api.post(FORCES + "/" + id + "/vehicles", Tokens.brigade(), Map.of("type", "SMOKE_LIGHTING"));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get(FORCES + "/" + id, Tokens.brigade()).body().get("vehicles").size() == 1);
        List<Map> before = mongo.findAll(Map.class, "forces");
        replay.replay("forces");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mongo.findAll(Map.class, "forces")).containsExactlyInAnyOrderElementsOf(before));
    }

    private String register(Map<String, Object> force) {
        Reply created = api.post(FORCES, Tokens.brigade(), force);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("forceId").asText();
    }

    @Test
    void equipment_is_recorded_per_force_written_off_and_counted_against_the_plans_targets() {
        String brigadeId = register(Map.of("kind", "FULL_TIME_BRIGADE", "name", "通城镇专职消防队",
                "town", "tongcheng", "personnel", 10));
        JsonNode before = api.get(FORCES + "/equipment-targets", Tokens.committee()).body();
        int setsBefore = before.get("setsAcquired").asInt();
        Reply suits = api.post(FORCES + "/" + brigadeId + "/equipment", Tokens.brigade(), Map.of("category",
                "PROTECTIVE", "description", "灭火防护服", "quantity", 40, "acquiredOn", "2023-05-10"));
        assertThat(suits.status()).as(String.valueOf(suits.body())).isEqualTo(201);
        assertThat(api.post(FORCES + "/" + brigadeId + "/equipment", Tokens.brigade(), Map.of("category", "RESCUE",
                "description", "水域救援器材", "quantity", 12, "acquiredOn", "2024-03-01")).status()).isEqualTo(201);
        assertThat(api.post(FORCES + "/" + brigadeId + "/vehicles", Tokens.brigade(), Map.of("type", "WATER_TANK",
                "acquiredOn", "2022-08-15")).status()).isEqualTo(201);
        assertThat(api.post(FORCES + "/" + brigadeId + "/equipment/write-offs", Tokens.brigade(),
                Map.of("category", "PROTECTIVE", "quantity", 5, "reason", "破损报废")).status()).isEqualTo(204);

        Reply tooMany = api.post(FORCES + "/" + brigadeId + "/equipment/write-offs", Tokens.brigade(),
                Map.of("category", "PROTECTIVE", "quantity", 36, "reason", "x"));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body().get("code").asText()).isEqualTo("not-held");
        Reply bad = api.post(FORCES + "/" + brigadeId + "/equipment", Tokens.brigade(),
                Map.of("category", "LASERS", "quantity", 0));
        assertThat(bad.status()).isEqualTo(400);
        Reply badFields = api.post(FORCES + "/" + brigadeId + "/equipment", Tokens.brigade(),
                Map.of("category", "RESCUE", "description", "", "quantity", 0));
        assertThat(badFields.errorFields()).containsExactlyInAnyOrder("description", "quantity", "acquiredOn");
        Reply future = api.post(FORCES + "/" + brigadeId + "/equipment", Tokens.brigade(), Map.of("category",
                "RESCUE", "description", "x", "quantity", 1, "acquiredOn", "2099-01-01"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body().get("code").asText()).isEqualTo("acquired-in-future");
        assertThat(api.post(FORCES + "/nope/equipment", Tokens.brigade(), Map.of("category", "RESCUE",
                "description", "x", "quantity", 1, "acquiredOn", "2023-01-01")).status()).isEqualTo(404);
        assertThat(api.post(FORCES + "/" + brigadeId + "/equipment", Tokens.town("tongcheng"), Map.of()).status())
                .isEqualTo(403);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode view = api.get(FORCES + "/" + brigadeId, Tokens.town("tongcheng")).body();
            assertThat(view.get("equipment").get("PROTECTIVE").asInt()).isEqualTo(35);
            assertThat(view.get("equipment").get("RESCUE").asInt()).isEqualTo(12);
            JsonNode targets = api.get(FORCES + "/equipment-targets", Tokens.department("emergency")).body();
            assertThat(targets.get("setsTarget").asInt()).isEqualTo(10_000);
            assertThat(targets.get("setsAcquired").asInt()).isEqualTo(setsBefore + 52);
            assertThat(targets.get("vehicles").get(0).get("type").asText()).isEqualTo("WATER_TANK");
            assertThat(targets.get("vehicles").get(0).get("met").asBoolean()).isTrue();
        });
        JsonNode entries = api.get(FORCES + "/equipment?forceId=" + brigadeId, Tokens.town("tongcheng")).body();
        assertThat(entries.findValuesAsText("description")).containsExactly("水域救援器材", "灭火防护服");
        assertThat(api.get(FORCES + "/equipment?forceId=" + brigadeId, Tokens.town("xiabao")).body().size()).isZero();
    }

    @Test
    void station_protection_areas_are_checked_against_the_plans_4_96_square_kilometres() {
        String stationId = register(Map.of("kind", "STATION", "name", "测试消防站", "town", "zhaojia",
                "stationClass", "CLASS_2", "personnel", 20));
        String microId = register(Map.of("kind", "MICRO_STATION", "name", "赵家社区微型消防站", "town", "zhaojia",
                "personnel", 6));
        assertThat(api.put(FORCES + "/" + stationId + "/protection-area", Tokens.brigade(),
                Map.of("areaKm2", 4.2)).status()).isEqualTo(204);
        Reply notStation = api.put(FORCES + "/" + microId + "/protection-area", Tokens.brigade(), Map.of("areaKm2", 1));
        assertThat(notStation.status()).isEqualTo(422);
        assertThat(notStation.body().get("code").asText()).isEqualTo("not-a-station");
        Reply negative = api.put(FORCES + "/" + stationId + "/protection-area", Tokens.brigade(), Map.of("areaKm2", -1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("areaKm2");
        assertThat(api.put(FORCES + "/" + stationId + "/protection-area", Tokens.town("zhaojia"),
                Map.of("areaKm2", 3)).status()).isEqualTo(403);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode check = api.get(FORCES + "/protection-areas", Tokens.town("zhaojia")).body();
            assertThat(check.get("plan").get("perStationKm2").decimalValue()).isEqualByComparingTo("4.96");
            assertThat(check.get("plan").get("builtUpAreaKm2").decimalValue()).isEqualByComparingTo("9.92");
            assertThat(check.get("plan").get("consistent").asBoolean()).isTrue();
            assertThat(check.get("stations").asInt()).isEqualTo(1);
            assertThat(check.get("averageKm2").decimalValue()).isEqualByComparingTo("4.20");
            assertThat(check.get("atMostPlanBaseline").asBoolean()).isTrue();
        });
        assertThat(api.get(FORCES + "/protection-areas", Tokens.town("xiabao")).body().get("areas").findValuesAsText("name"))
                .doesNotContain("测试消防站");
    }
}
