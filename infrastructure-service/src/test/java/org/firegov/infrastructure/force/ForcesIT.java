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
}
