package org.firegov.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.firegov.kit.readmodel.ReadModelEndpoint;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The kit's read-model endpoint, used by operators and the benchmarks to rebuild a read model by replay. */
@FireGovServiceTest
class ReadModelEndpointIT {

    private static final String UNIT = "91500238MA6CKRB17M";

    @LocalServerPort
    int port;
    @Autowired
    ReadModelEndpoint readModels;
    @Autowired
    MongoTemplate mongo;

    @Test
    void it_lists_the_read_models_but_not_the_kafka_publisher_and_rebuilds_one_with_the_same_content() {
        ApiClient api = new ApiClient(port);
        assertThat(api.post("/api/inspection/units", Tokens.brigade(), Map.of("creditCode", UNIT, "name", "重建测试",
                "address", "巫溪县", "town", "dahe", "department", "health", "categories", List.of("HOSPITAL"),
                "riskGrade", "KEY")).status()).isEqualTo(201);
        String hazard = api.post("/api/inspection/hazards", Tokens.brigade(), Map.of("unitId", UNIT,
                "description", "灭火器过期", "source", "INSPECTION", "major", false)).body().get("hazardId").asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.exists(Query.query(Criteria.where("_id").is(hazard)), "hazards"));

        assertThat(readModels.processors()).containsKeys("hazards", "units").doesNotContainKey("integration-publisher");
        readModels.rebuild("hazards");

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ReadModelEndpoint.Processor p = readModels.processors().get("hazards");
            return !p.replaying() && p.caughtUp();
        });
        assertThat(api.get("/api/inspection/hazards/" + hazard, Tokens.brigade()).status()).isEqualTo(200);
    }

    @Test
    void it_is_not_exposed_over_http_unless_an_operator_exposes_it_and_then_only_to_the_brigade() {
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/actuator/readmodels", Tokens.brigade()).status()).isEqualTo(404);
        assertThat(api.get("/actuator/readmodels", Tokens.committee()).status()).isEqualTo(403);
        assertThat(api.get("/actuator/readmodels", null).status()).isEqualTo(401);
    }
}
