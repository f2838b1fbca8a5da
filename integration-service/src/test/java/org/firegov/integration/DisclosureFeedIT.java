package org.firegov.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.firegov.events.accountability.DishonestyEndedV1;
import org.firegov.events.accountability.DishonestyRecordedV1;
import org.firegov.events.inspection.HazardDelistedV1;
import org.firegov.events.inspection.HazardListedV1;
import org.firegov.events.inspection.InspectionCompletedV1;
import org.firegov.events.inspection.InspectionPlanPublishedV1;
import org.firegov.events.inspection.UnitRegisteredV1;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.TestIssuer;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

/** The public disclosure feed, built from Kafka, read incrementally with a cursor. */
@FireGovServiceTest
@TestPropertySource(properties = {IntegrationTestSettings.FAST_CALLBACKS, IntegrationTestSettings.FAST_BACKOFF,
        IntegrationTestSettings.SHORT_BACKOFF_CAP, IntegrationTestSettings.FEW_ATTEMPTS})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DisclosureFeedIT {

    private static final String INSPECTION = "/firegov/inspection";

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;

    ApiClient api;
    Publish publish;
    String platform;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        publish = new Publish(kafka, json);
        platform = TestIssuer.get().token("service-account-gov-platform", List.of("gov-platform"),
                Map.of("azp", "gov-platform"));
    }

    /** Walks the whole feed from {@code after} with small pages, as a syncing platform would. */
    private List<JsonNode> syncFrom(long after, int pageSize) {
        List<JsonNode> items = new ArrayList<>();
        long cursor = after;
        while (true) {
            JsonNode page = api.get("/api/integration/disclosures?after=" + cursor + "&limit=" + pageSize, platform)
                    .body();
            page.get("items").forEach(items::add);
            assertThat(page.get("nextCursor").asLong()).isGreaterThanOrEqualTo(cursor);
            cursor = page.get("nextCursor").asLong();
            if (!page.get("hasMore").asBoolean()) {
                return items;
            }
        }
    }

    private long endOfFeed() {
        List<JsonNode> all = syncFrom(0, 500);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).get("cursor").asLong();
    }

    @Test
    void listed_hazards_published_plans_results_and_dishonesty_arrive_in_order_without_private_fields() {
        long start = endOfFeed();
        String unit = "91500238MA" + UUID.randomUUID().toString().substring(0, 8);
        String hazard = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        publish.event(INSPECTION, unit, new UnitRegisteredV1(unit, "星光影院", "xiabao", "culture", Set.of("CINEMA"),
                "KEY", Instant.now()));
        publish.event(INSPECTION, hazard, new HazardListedV1(hazard, unit, "xiabao", "culture", "巫溪府督〔2026〕1号",
                Instant.now()));
        publish.event(INSPECTION, plan, new InspectionPlanPublishedV1(plan, 2026,
                List.of(new InspectionPlanPublishedV1.DrawnUnit(unit, "xiabao", "culture")), Instant.now()));
        publish.event(INSPECTION, "i-" + plan, new InspectionCompletedV1("i-" + plan, unit, "xiabao", "culture", plan,
                LocalDate.now(), false, 2, 1, Instant.now()));
        publish.event(INSPECTION, "i-outside-" + plan, new InspectionCompletedV1("i-outside-" + plan, unit, "xiabao",
                "culture", null, LocalDate.now(), true, 0, 0, Instant.now()));
        publish.event(INSPECTION, hazard, new HazardDelistedV1(hazard, unit, "xiabao", "culture", Instant.now()));
        String record = UUID.randomUUID().toString();
        publish.event("/firegov/accountability", record, new DishonestyRecordedV1(record, unit, "星光影院", "xiabao",
                "culture", "VIOLATION", "拒不整改重大火灾隐患", LocalDate.now(), LocalDate.now().plusYears(1)));
        publish.event("/firegov/accountability", record, new DishonestyEndedV1(record, unit, "REPAIRED",
                Instant.now()));

        await().atMost(Duration.ofSeconds(60)).until(() -> syncFrom(start, 500).size() >= 6);
        List<JsonNode> items = syncFrom(start, 2);
        List<String> kinds = items.stream().map(i -> i.get("kind").asText()).toList();
        assertThat(kinds).containsExactlyInAnyOrder("MAJOR_HAZARD_LISTED", "RANDOM_INSPECTION_PLAN",
                "RANDOM_INSPECTION_RESULT", "MAJOR_HAZARD_DELISTED", "DISHONESTY_RECORDED", "DISHONESTY_ENDED");
        // one subject's facts keep their order (one Kafka key); different topics may interleave
        assertThat(kinds.indexOf("MAJOR_HAZARD_LISTED")).isLessThan(kinds.indexOf("MAJOR_HAZARD_DELISTED"));
        assertThat(kinds.indexOf("DISHONESTY_RECORDED")).isLessThan(kinds.indexOf("DISHONESTY_ENDED"));
        assertThat(items).extracting(i -> i.get("cursor").asLong()).isSorted().doesNotHaveDuplicates();
        JsonNode listed = byKind(items, "MAJOR_HAZARD_LISTED");
        assertThat(listed.get("unitName").asText()).isEqualTo("星光影院");
        assertThat(listed.get("document").asText()).isEqualTo("巫溪府督〔2026〕1号");
        JsonNode result = byKind(items, "RANDOM_INSPECTION_RESULT");
        assertThat(result.get("passed").asBoolean()).isFalse();
        assertThat(result.get("hazardsRaised").asInt()).isEqualTo(1);
        assertThat(result.has("failedItems")).isFalse();
        assertThat(byKind(items, "RANDOM_INSPECTION_PLAN").get("drawnUnits").get(0).get("unitName").asText())
                .isEqualTo("星光影院");
    }

    private static JsonNode byKind(List<JsonNode> items, String kind) {
        return items.stream().filter(i -> i.get("kind").asText().equals(kind)).findFirst().orElseThrow()
                .get("data");
    }

    @Test
    void a_redelivered_event_appears_once_and_an_empty_page_keeps_the_cursor() {
        long start = endOfFeed();
        String hazard = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        HazardListedV1 listed = new HazardListedV1(hazard, "91500238MA5U7K3L74", "tongcheng", "health", "督办1号",
                Instant.now());
        publish.event(eventId, INSPECTION, hazard, listed);
        publish.event(eventId, INSPECTION, hazard, listed);
        String marker = UUID.randomUUID().toString();
        publish.event(INSPECTION, marker, new HazardListedV1(marker, "91500238MA5U7K3L74", "tongcheng", "health",
                "督办2号", Instant.now()));

        await().atMost(Duration.ofSeconds(60)).until(() -> syncFrom(start, 500).stream()
                .anyMatch(i -> i.get("subject").asText().equals(marker)));
        assertThat(syncFrom(start, 500)).filteredOn(i -> i.get("subject").asText().equals(hazard)).hasSize(1);
        long end = endOfFeed();
        JsonNode empty = api.get("/api/integration/disclosures?after=" + end, platform).body();
        assertThat(empty.get("items")).isEmpty();
        assertThat(empty.get("nextCursor").asLong()).isEqualTo(end);
        assertThat(empty.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void bad_paging_is_a_400_and_other_roles_get_403() {
        assertThat(api.get("/api/integration/disclosures?limit=0", platform).status()).isEqualTo(400);
        assertThat(api.get("/api/integration/disclosures?after=-1", platform).status()).isEqualTo(400);
        assertThat(api.get("/api/integration/disclosures?kind=GOSSIP", platform).status()).isEqualTo(400);
        assertThat(api.get("/api/integration/disclosures", Tokens.committee()).status()).isEqualTo(403);
        assertThat(api.get("/api/integration/disclosures", Tokens.unit("91500238MA5U7K3L74")).status())
                .isEqualTo(403);
    }
}
