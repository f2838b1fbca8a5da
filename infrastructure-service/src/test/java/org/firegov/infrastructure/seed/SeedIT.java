package org.firegov.infrastructure.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.infrastructure.InfrastructureIT;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FireGovServiceTest
class SeedIT extends InfrastructureIT {

    @Autowired
    InfrastructureSeed seed;

    private int seededEvents() {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier like 't3-%'"
                + " or aggregateidentifier like 'demo-%'", Integer.class);
    }

    @Test
    void running_the_seed_again_adds_nothing() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/infrastructure/hydrants/demo-tongcheng-2",
                Tokens.brigade()).status() == 200);
        int before = seededEvents();
        assertThat(before).isGreaterThan(0);
        seed.run(null);
        assertThat(seededEvents()).isEqualTo(before);
    }

    @Test
    void the_plans_counts_are_facts_with_the_plans_own_words() {
        JsonNode facts = api.get("/api/infrastructure/plan-facts", Tokens.town("xiabao")).body();
        assertThat(facts.get("fireRescueStations").asInt()).isEqualTo(2);
        assertThat(facts.get("governmentFullTimeBrigades").asInt()).isEqualTo(6);
        assertThat(facts.get("microFireStations").asInt()).isEqualTo(110);
        assertThat(facts.get("hydrantsBuilt2016To2020").asInt()).isEqualTo(291);
        assertThat(facts.get("intakeFacilitiesBuilt2016To2020").asInt()).isEqualTo(15);
        assertThat(facts.get("builtUpAreaKm2").decimalValue()).isEqualByComparingTo("9.92");
        assertThat(facts.get("protectionAreaPerStationKm2").decimalValue()).isEqualByComparingTo("4.96");
        assertThat(facts.get("quotes").toString()).contains("新建市政消火栓291个、取水设施15处", "建成微型消防站110个",
                "消防站单点保护面积约4.96平方公里");
        // counts, not named assets: the seed registers no force, and every hydrant or road it registers is demo
        assertThat(jdbc.queryForList("select distinct aggregateidentifier from domainevententry where type in"
                + " ('Force', 'Hydrant', 'Road') and convert_from(metadata, 'UTF8') like '%firegov-seed%'", String.class))
                .isNotEmpty().allMatch(id -> id.startsWith("demo-"));
        assertThat(api.get("/api/infrastructure/plan-facts", Tokens.unit("91500238MA5U7K3L74")).status()).isEqualTo(403);
    }
}
