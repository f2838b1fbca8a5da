package org.firegov.inspection.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.inspection.InspectionApi;
import org.firegov.kit.axon.EventStoreContents;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The opt-in demo registry through the real command path: listed in scope, drawn from, seeded once. (The test
 * context leaves it off, like every deployment but the local stack; here it is run by hand.)
 */
@FireGovServiceTest
class DemoRegistryIT {

    private static final String MARK = "（演示）";

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStoreContents store;

    @Test
    void the_demo_registry_is_registered_once_listed_in_scope_and_large_enough_for_a_draw() {
        InspectionApi api = new InspectionApi(port);
        DemoRegistrySeed seed = new DemoRegistrySeed(commands, store);
        seed.seed();
        assertThat(seed.seed()).isZero();   // a restart registers nothing twice

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.get("/api/inspection/units?name="
                + MARK, Tokens.brigade()).body().get("total").asInt()).isEqualTo(DemoRegistrySeed.SIZE));
        assertThat(api.get("/api/inspection/units?name=" + MARK, Tokens.department("education")).body().get("total")
                .asInt()).isEqualTo(20);
        assertThat(api.get("/api/inspection/units?name=" + MARK + "&town=bailu", Tokens.town("bailu")).body()
                .get("items").findValuesAsText("town")).containsOnly("bailu").hasSizeGreaterThan(10);
        assertThat(api.get("/api/inspection/units/" + DemoRegistrySeed.code(0), Tokens.brigade()).body().get("demo")
                .asBoolean()).isTrue();

        Reply plan = api.post("/api/inspection/plans", Tokens.brigade(), Map.of("name", "演示抽查", "periodFrom",
                "2026-07-01", "periodTo", "2026-09-30", "categories", List.of("HIGH_RISE"), "towns",
                List.of("fenghuang"), "sampleSize", 5, "inspectors", List.of(Map.of("name", "甲"),
                        Map.of("name", "乙"), Map.of("name", "丙"))));
        assertThat(plan.status()).as(String.valueOf(plan.body())).isEqualTo(201);
        String verify = "/api/inspection/plans/" + plan.body().get("planId").asText() + "/verify";
        Reply verified = await().atMost(Duration.ofSeconds(30)).until(() -> api.post(verify, Tokens.brigade(), null),
                reply -> reply.status() == 200);
        assertThat(verified.body().get("populationSize").asInt()).isGreaterThanOrEqualTo(13);
        assertThat(verified.body().get("matches").asBoolean()).isTrue();
    }
}
