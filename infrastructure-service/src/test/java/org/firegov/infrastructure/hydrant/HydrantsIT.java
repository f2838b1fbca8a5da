package org.firegov.infrastructure.hydrant;

import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.KafkaProbe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.firegov.events.infrastructure.InfrastructureEvents;
import org.firegov.infrastructure.InfrastructureIT;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;

@FireGovServiceTest
class HydrantsIT extends InfrastructureIT {

    private static final String HYDRANTS = "/api/infrastructure/hydrants";

    private String register(String token, String town, String type, double lat, double lon) {
        Reply created = api.post(HYDRANTS, token, Map.of("type", type, "town", town, "road", "滨河路",
                "latitude", lat, "longitude", lon));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("hydrantId").asText();
    }

    private Reply changeStatus(String id, String token, String status, String source) {
        return api.post(HYDRANTS + "/" + id + "/status", token,
                Map.of("status", status, "reason", "巡查记录", "source", source));
    }

    private void awaitVisible(String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(HYDRANTS + "/" + id, Tokens.brigade()).status() == 200);
    }

    @Test
    void a_town_registers_and_edits_only_its_own_hydrants_and_others_are_not_found() {
        String id = register(Tokens.town("xiabao"), "xiabao", "HYDRANT", 31.61, 109.47);
        Reply foreignTown = api.post(HYDRANTS, Tokens.town("xiabao"), Map.of("type", "HYDRANT",
                "town", "tongcheng", "latitude", 31.53, "longitude", 109.78));
        assertThat(foreignTown.status()).isEqualTo(404);
        awaitVisible(id);

        assertThat(api.get(HYDRANTS + "/" + id, Tokens.town("tongcheng")).status()).isEqualTo(404);
        assertThat(api.put(HYDRANTS + "/" + id, Tokens.town("tongcheng"),
                Map.of("road", "x", "latitude", 31.6, "longitude", 109.4)).status()).isEqualTo(404);
        assertThat(changeStatus(id, Tokens.town("tongcheng"), "DAMAGED", "INSPECTION").status()).isEqualTo(404);

        assertThat(api.put(HYDRANTS + "/" + id, Tokens.town("xiabao"),
                Map.of("road", "下堡新街", "latitude", 31.612, "longitude", 109.472)).status()).isEqualTo(204);
        assertThat(changeStatus(id, Tokens.town("xiabao"), "DAMAGED", "INSPECTION").status()).isEqualTo(204);
        assertThat(changeStatus(id, Tokens.brigade(), "IN_SERVICE", "REPAIR").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode hydrant = api.get(HYDRANTS + "/" + id, Tokens.town("xiabao")).body();
            assertThat(hydrant.get("road").asText()).isEqualTo("下堡新街");
            assertThat(hydrant.get("status").asText()).isEqualTo("IN_SERVICE");
            assertThat(hydrant.get("statusReason").asText()).isEqualTo("巡查记录");
        });

        // the committee and departments read the county; units and the government platform have no access
        assertThat(api.get(HYDRANTS + "/" + id, Tokens.committee()).status()).isEqualTo(200);
        assertThat(api.get(HYDRANTS + "/" + id, Tokens.department("housing")).status()).isEqualTo(200);
        assertThat(api.get(HYDRANTS, Tokens.unit("91500238MA5U7K3L74")).status()).isEqualTo(403);
        assertThat(api.get(HYDRANTS, Tokens.govPlatform()).status()).isEqualTo(403);
        assertThat(api.post(HYDRANTS, Tokens.committee(), Map.of()).status()).isEqualTo(403);
        assertThat(api.post(HYDRANTS, Tokens.department("housing"), Map.of()).status()).isEqualTo(403);
        assertThat(api.post("/api/infrastructure/roads", Tokens.unit("91500238MA5U7K3L74"), Map.of()).status())
                .isEqualTo(403);

        JsonNode tongchengList = api.get(HYDRANTS + "?size=200", Tokens.town("tongcheng")).body();
        assertThat(tongchengList.get("items").findValuesAsText("town")).isNotEmpty().containsOnly("tongcheng");
        assertThat(api.get(HYDRANTS + "?town=xiabao", Tokens.town("tongcheng")).body().get("total").asInt()).isZero();
    }

    @Test
    void coordinates_outside_wuxi_county_and_other_bad_input_are_400_naming_the_fields() {
        Reply outside = api.post(HYDRANTS, Tokens.brigade(), Map.of("type", "HYDRANT", "town", "xiabao",
                "latitude", 29.56, "longitude", 120.0));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.errorFields()).containsExactlyInAnyOrder("latitude", "longitude");

        Reply missing = api.post(HYDRANTS, Tokens.brigade(), Map.of("town", "Xia Bao!", "latitude", 31.5));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).contains("type", "town", "longitude");

        Reply badType = api.post(HYDRANTS, Tokens.brigade(), Map.of("type", "FOUNTAIN", "town", "xiabao",
                "latitude", 31.5, "longitude", 109.5));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.errorFields()).containsExactly("type");

        String id = register(Tokens.brigade(), "dahe", "POOL", 31.37, 109.35);
        Reply noReason = api.post(HYDRANTS + "/" + id + "/status", Tokens.brigade(),
                Map.of("status", "DAMAGED", "source", "INSPECTION"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Reply unchanged = changeStatus(id, Tokens.brigade(), "IN_SERVICE", "REPAIR");
        assertThat(unchanged.status()).isEqualTo(409);
        assertThat(unchanged.body().get("code").asText()).isEqualTo("status-unchanged");
        assertThat(changeStatus("no-such-hydrant", Tokens.brigade(), "DAMAGED", "INSPECTION").status()).isEqualTo(404);

        Reply badRoad = api.post("/api/infrastructure/roads", Tokens.brigade(),
                Map.of("name", "", "town", "dahe", "requiredHydrants", -1));
        assertThat(badRoad.status()).isEqualTo(400);
        assertThat(badRoad.errorFields()).containsExactlyInAnyOrder("name", "requiredHydrants");
    }

    @Test
    void coverage_and_intact_rates_of_a_town_match_a_hand_computed_example() {
        // roads of Lanying require 5 + 3 = 8 hydrants; 6 are built (plus an intake, which does not count),
        // one is damaged and one out of service: coverage 6/8 = 75.0 %, intact 4/6 = 66.7 %
        String town = "lanying";
        for (int required : new int[] {5, 3}) {
            assertThat(api.post("/api/infrastructure/roads", Tokens.town(town),
                    Map.of("name", "路" + required, "town", town, "requiredHydrants", required)).status()).isEqualTo(201);
        }
        List<String> hydrants = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hydrants.add(register(Tokens.town(town), town, "HYDRANT", 31.50 + i * 0.001, 109.40));
        }
        register(Tokens.brigade(), town, "INTAKE", 31.49, 109.41);
        assertThat(changeStatus(hydrants.get(0), Tokens.town(town), "DAMAGED", "INSPECTION").status()).isEqualTo(204);
        assertThat(changeStatus(hydrants.get(1), Tokens.brigade(), "OUT_OF_SERVICE", "OTHER").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode report = api.get("/api/infrastructure/hydrant-rates", Tokens.brigade()).body();
            JsonNode row = row(report, town);
            assertThat(row.get("required").asInt()).isEqualTo(8);
            assertThat(row.get("built").asInt()).isEqualTo(6);
            assertThat(row.get("inService").asInt()).isEqualTo(4);
            assertThat(row.get("coverage").decimalValue()).isEqualByComparingTo("75.0");
            assertThat(row.get("intact").decimalValue()).isEqualByComparingTo("66.7");
            assertThat(row.get("coverageTargetMet").asBoolean()).isFalse();
            assertThat(row.get("intactTargetMet").asBoolean()).isFalse();
            assertThat(report.get("targets").get("coverage").decimalValue()).isEqualByComparingTo("100");
            assertThat(report.get("targets").get("intact").decimalValue()).isEqualByComparingTo("98");
            assertThat(report.get("county").get("built").asInt()).isGreaterThanOrEqualTo(6);
        });

        JsonNode own = api.get("/api/infrastructure/hydrant-rates", Tokens.town(town)).body();
        assertThat(own.get("towns").findValuesAsText("scope")).containsExactly(town);
        assertThat(own.get("county").isNull()).isTrue();
        JsonNode other = api.get("/api/infrastructure/hydrant-rates", Tokens.town("xiabao")).body();
        assertThat(other.get("towns").findValuesAsText("scope")).doesNotContain(town);
    }

    private static JsonNode row(JsonNode report, String town) {
        for (JsonNode row : report.get("towns")) {
            if (row.get("scope").asText().equals(town)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + town + " in " + report);
    }

    @Test
    void the_map_endpoint_is_an_rfc_7946_feature_collection_with_longitude_first() {
        // the last seeded hydrant: once it is visible, all ten demo hydrants are
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get(HYDRANTS + "/demo-tongcheng-pool", Tokens.brigade()).status() == 200);
        Reply map = api.get(HYDRANTS + "/geojson", Tokens.brigade());
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.contentType()).startsWith("application/geo+json");
        JsonNode collection = map.body();
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").isArray()).isTrue();
        assertThat(collection.get("features").size()).isGreaterThanOrEqualTo(10);
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            JsonNode geometry = feature.get("geometry");
            assertThat(geometry.get("type").asText()).isEqualTo("Point");
            JsonNode position = geometry.get("coordinates");
            assertThat(position.isArray()).isTrue();
            assertThat(position.size()).isEqualTo(2);
            assertThat(position.get(0).isNumber() && position.get(1).isNumber()).isTrue();
            assertThat(position.get(0).asDouble()).as("longitude first").isBetween(108.9, 109.9);
            assertThat(position.get(1).asDouble()).as("latitude second").isBetween(31.2, 31.8);
            JsonNode properties = feature.get("properties");
            assertThat(properties.isObject()).isTrue();
            for (String key : List.of("id", "type", "status", "town")) {
                assertThat(properties.hasNonNull(key)).as(key).isTrue();
            }
        }
        JsonNode demo = java.util.stream.StreamSupport.stream(collection.get("features").spliterator(), false)
                .filter(f -> f.get("properties").get("id").asText().equals("demo-fenghuang-1")).findFirst().orElseThrow();
        assertThat(demo.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(109.5702);
        assertThat(demo.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(31.4215);

        JsonNode xiabao = api.get(HYDRANTS + "/geojson", Tokens.town("xiabao")).body();
        assertThat(xiabao.get("features").findValuesAsText("town")).isNotEmpty().containsOnly("xiabao");
    }

    @Test
    void a_status_change_is_published_as_a_cloud_event_keyed_by_the_hydrant() throws Exception {
        String id = register(Tokens.brigade(), "bailu", "HYDRANT", 31.60, 109.28);
        assertThat(changeStatus(id, Tokens.brigade(), "DAMAGED", "INSPECTION").status()).isEqualTo(204);
        List<CloudEvent> events = KafkaProbe.eventsFor(kafka, InfrastructureEvents.HYDRANT_TOPIC, id,
                received -> received.stream().anyMatch(e -> e.getType().endsWith("status-changed.v1")));
        assertThat(events).extracting(CloudEvent::getType).containsSubsequence(
                "firegov.infrastructure.hydrant.registered.v1", "firegov.infrastructure.hydrant.status-changed.v1");
        CloudEvent changed = events.stream().filter(e -> e.getType().endsWith("status-changed.v1")).findFirst().orElseThrow();
        assertThat(changed.getSource()).hasToString("/firegov/infrastructure");
        assertThat(changed.getSubject()).isEqualTo(id);
        JsonNode data = json.readTree(changed.getData().toBytes());
        assertThat(data.get("town").asText()).isEqualTo("bailu");
        assertThat(data.get("from").asText()).isEqualTo("IN_SERVICE");
        assertThat(data.get("to").asText()).isEqualTo("DAMAGED");
        assertThat(data.get("source").asText()).isEqualTo("INSPECTION");
    }

    @Test
    void the_seeded_demo_hydrants_and_the_plans_figures_are_there() {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get(HYDRANTS + "/demo-fenghuang-3", Tokens.brigade()).status() == 200);
        JsonNode damaged = api.get(HYDRANTS + "/demo-fenghuang-3", Tokens.brigade()).body();
        assertThat(damaged.get("demo").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get(HYDRANTS + "/demo-fenghuang-3", Tokens.brigade()).body().get("status").asText()).isEqualTo("DAMAGED"));
        JsonNode facts = api.get("/api/infrastructure/plan-facts", Tokens.department("housing")).body();
        assertThat(facts.get("fireRescueStations").asInt()).isEqualTo(2);
        assertThat(facts.get("governmentFullTimeBrigades").asInt()).isEqualTo(6);
        assertThat(facts.get("microFireStations").asInt()).isEqualTo(110);
        assertThat(facts.get("hydrantsBuilt2016To2020").asInt()).isEqualTo(291);
        assertThat(facts.get("intakeFacilitiesBuilt2016To2020").asInt()).isEqualTo(15);
    }

    @Test
    void the_hydrant_and_road_read_models_are_rebuilt_identically_by_replay() {
        String id = register(Tokens.brigade(), "hongchiba", "HYDRANT", 31.45, 109.05);
        assertThat(api.post("/api/infrastructure/roads", Tokens.brigade(),
                Map.of("name", "红池坝路", "town", "hongchiba", "requiredHydrants", 2)).status()).isEqualTo(201);
        // projections handle events in order: once these are visible, everything before them is projected
        awaitVisible(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/infrastructure/roads?town=hongchiba",
                Tokens.brigade()).body().get("total").asInt() == 1);
        for (String collection : List.of("hydrants", "roads")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> mongo.count(new Query(), collection) > 0);
            List<Map> before = mongo.findAll(Map.class, collection);
            replay.replay(collection);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(mongo.findAll(Map.class, collection)).containsExactlyInAnyOrderElementsOf(before));
        }
    }
}
