package org.firegov.training.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.firegov.events.training.TrainingEvents;
import org.firegov.kit.readmodel.ReadModelReplay;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.firegov.training.County;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

@FireGovServiceTest
class CampaignIT {

    private static final LocalDate TODAY = County.today();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelReplay replay;
    @Autowired
    ObjectMapper json;
    @Autowired
    CampaignSeed seed;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static Map<String, Object> campaign(String town, LocalDate plannedDate, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "COMMUNITY", "title", title, "town", town,
                "audience", "社区居民", "plannedDate", plannedDate.toString(), "place", "文化广场",
                "contact", "李四 13900000000"));
        return body;
    }

    /** Plans a campaign and waits until the caller can read it. */
    private String plan(String token, Map<String, Object> body) {
        Reply created = api.post("/api/training/campaigns", token, body);
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        String id = created.body().get("campaignId").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/training/campaigns/" + id,
                Tokens.brigade()).status() == 200);
        return id;
    }

    private JsonNode waitForStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> status.equals(
                api.get("/api/training/campaigns/" + id, Tokens.brigade()).body().get("status").asText()));
        return api.get("/api/training/campaigns/" + id, Tokens.brigade()).body();
    }

    @Test
    void demo_campaigns_launches_and_a_past_year_are_seeded_once_and_leave_bailu_alone() {
        int seeded = CampaignSeed.demos().size();
        assertThat(seeded).isEqualTo(5 + 12);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.count(Query.query(Criteria.where("demo").is(true)), CampaignView.COLLECTION) == seeded);
        seed.run(null);
        List<CampaignView> demos = mongo.find(Query.query(Criteria.where("demo").is(true)), CampaignView.class,
                CampaignView.COLLECTION);
        assertThat(demos).hasSize(seeded);
        assertThat(demos).extracting(CampaignView::town).doesNotContain("bailu")
                .contains("xiabao", "tongcheng", "fenghuang", "dahe", "yulin", "hongchiba");
        assertThat(demos).filteredOn(c -> c.status() == CampaignStatus.HELD).hasSize(2 + 10);
        assertThat(demos).filteredOn(c -> c.status() == CampaignStatus.CANCELLED).hasSize(2);
        assertThat(demos).extracting(CampaignView::kind).contains(CampaignKind.values());
        assertThat(demos).filteredOn(c -> c.status() == CampaignStatus.HELD)
                .allSatisfy(c -> assertThat(c.heldDate()).isBeforeOrEqualTo(TODAY));
    }

    @Test
    void towns_see_their_towns_campaigns_departments_their_own_and_units_nothing() {
        String xiabaoOwn = plan(Tokens.town("xiabao"), campaign("xiabao", TODAY.plusDays(3), "下堡自办"));
        Map<String, Object> byEducation = campaign("tongcheng", TODAY.plusDays(4), "教育进学校");
        byEducation.put("kind", "SCHOOL");
        String education = plan(Tokens.department("education"), byEducation);
        Map<String, Object> forTongcheng = campaign("tongcheng", TODAY.plusDays(5), "大队代通城");
        forTongcheng.putAll(Map.of("organiserType", "TOWN", "organiserCode", "tongcheng"));
        String brigadeForTongcheng = plan(Tokens.brigade(), forTongcheng);

        JsonNode asTongcheng = api.get("/api/training/campaigns/" + brigadeForTongcheng, Tokens.town("tongcheng")).body();
        assertThat(asTongcheng.get("organiserType").asText()).isEqualTo("TOWN");
        assertThat(asTongcheng.get("organiserCode").asText()).isEqualTo("tongcheng");
        assertThat(api.get("/api/training/campaigns/" + education, Tokens.town("tongcheng")).status()).isEqualTo(200);
        assertThat(api.get("/api/training/campaigns/" + education, Tokens.department("education")).status())
                .isEqualTo(200);
        assertThat(api.get("/api/training/campaigns/" + education, Tokens.department("health")).status()).isEqualTo(404);
        assertThat(api.get("/api/training/campaigns/" + xiabaoOwn, Tokens.town("tongcheng")).status()).isEqualTo(404);
        assertThat(api.get("/api/training/campaigns/" + xiabaoOwn, Tokens.committee()).status()).isEqualTo(200);

        JsonNode tongchengList = api.get("/api/training/campaigns?size=200", Tokens.town("tongcheng")).body();
        assertThat(tongchengList.get("items").findValuesAsText("town")).containsOnly("tongcheng");
        assertThat(tongchengList.get("items").findValuesAsText("campaignId"))
                .contains(education, brigadeForTongcheng).doesNotContain(xiabaoOwn);
        JsonNode educationList = api.get("/api/training/campaigns?size=200", Tokens.department("education")).body();
        assertThat(educationList.get("items").findValuesAsText("organiserCode")).containsOnly("education");
        JsonNode all = api.get("/api/training/campaigns?size=200", Tokens.committee()).body();
        assertThat(all.get("items").findValuesAsText("campaignId"))
                .contains(xiabaoOwn, education, brigadeForTongcheng);

        assertThat(api.get("/api/training/campaigns", Tokens.unit("91500238MA5U7K3L74")).status()).isEqualTo(403);
        assertThat(api.get("/api/training/campaigns/" + xiabaoOwn, Tokens.unit("91500238MA5U7K3L74")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/training/campaigns", Tokens.govPlatform()).status()).isEqualTo(403);
        assertThat(api.get("/api/training/campaigns", null).status()).isEqualTo(401);
    }

    @Test
    void only_the_brigade_departments_and_towns_plan_and_a_town_only_in_its_own_town() {
        assertThat(api.post("/api/training/campaigns", Tokens.unit("91500238MA5U7K3L74"), Map.of()).status())
                .isEqualTo(403);
        assertThat(api.post("/api/training/campaigns", Tokens.committee(), Map.of()).status()).isEqualTo(403);
        assertThat(api.post("/api/training/campaigns", Tokens.govPlatform(), Map.of()).status()).isEqualTo(403);
        assertThat(api.post("/api/training/campaigns", Tokens.town("xiabao"),
                campaign("tongcheng", TODAY, "越界")).status()).isEqualTo(403);
        Map<String, Object> asHealth = campaign("xiabao", TODAY, "冒名");
        asHealth.putAll(Map.of("organiserType", "DEPARTMENT", "organiserCode", "health"));
        assertThat(api.post("/api/training/campaigns", Tokens.department("education"), asHealth).status())
                .isEqualTo(403);
    }

    @Test
    void bad_input_is_answered_with_problem_details_naming_the_fields() {
        Map<String, Object> bad = campaign("Xia Bao!", TODAY, "");
        bad.remove("plannedDate");
        Reply invalid = api.post("/api/training/campaigns", Tokens.brigade(), bad);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors").findValuesAsText("field")).contains("title", "town", "plannedDate");

        Map<String, Object> badKind = campaign("xiabao", TODAY, "x");
        badKind.put("kind", "MOON");
        Reply kind = api.post("/api/training/campaigns", Tokens.brigade(), badKind);
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body().get("errors").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(kind.body().get("errors").get(0).get("message").asText()).contains("FIRE_MONTH_119");

        String id = plan(Tokens.brigade(), campaign("dahe", TODAY.minusDays(1), "大河进社区"));
        Reply negative = api.post("/api/training/campaigns/" + id + "/hold", Tokens.brigade(),
                Map.of("heldDate", TODAY.toString(), "peopleReached", -5));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().get("errors").findValuesAsText("field")).containsExactly("peopleReached");
        Reply huge = api.post("/api/training/campaigns/" + id + "/hold", Tokens.brigade(),
                Map.of("heldDate", TODAY.toString(), "peopleReached", 5_000_000));
        assertThat(huge.status()).isEqualTo(400);
        Reply noReason = api.post("/api/training/campaigns/" + id + "/cancel", Tokens.brigade(), Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(api.get("/api/training/campaigns?status=FINISHED", Tokens.brigade()).status()).isEqualTo(400);
        Reply ancient = api.post("/api/training/campaigns", Tokens.brigade(), campaign("xiabao",
                LocalDate.of(1900, 1, 1), "古代"));
        assertThat(ancient.status()).isEqualTo(400);
        assertThat(ancient.body().get("errors").findValuesAsText("field")).containsExactly("plannedDate");
        assertThat(waitForStatus(id, "PLANNED").get("status").asText()).isEqualTo("PLANNED");
    }

    @Test
    void only_a_planned_campaign_is_held_or_cancelled_and_only_by_its_organiser_or_the_brigade() {
        String id = plan(Tokens.town("xiabao"), campaign("xiabao", TODAY.minusDays(2), "下堡进家庭"));
        Map<String, Object> byEducation = campaign("xiabao", TODAY.minusDays(2), "教育在下堡");
        String education = plan(Tokens.department("education"), byEducation);

        Reply future = api.post("/api/training/campaigns/" + id + "/hold", Tokens.town("xiabao"),
                Map.of("heldDate", TODAY.plusDays(1).toString(), "peopleReached", 10));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body().get("code").asText()).isEqualTo("held-date-in-future");
        assertThat(api.post("/api/training/campaigns/" + id + "/hold", Tokens.town("tongcheng"),
                Map.of("heldDate", TODAY.toString(), "peopleReached", 10)).status()).isEqualTo(404);
        assertThat(api.post("/api/training/campaigns/" + education + "/hold", Tokens.town("xiabao"),
                Map.of("heldDate", TODAY.toString(), "peopleReached", 10)).status()).isEqualTo(403);
        assertThat(api.post("/api/training/campaigns/" + education + "/cancel", Tokens.department("health"),
                Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(api.post("/api/training/campaigns/" + id + "/hold", Tokens.committee(),
                Map.of("heldDate", TODAY.toString(), "peopleReached", 10)).status()).isEqualTo(403);

        assertThat(api.post("/api/training/campaigns/" + id + "/hold", Tokens.town("xiabao"),
                Map.of("heldDate", TODAY.toString(), "peopleReached", 230, "note", "发放资料300份")).status())
                .isEqualTo(204);
        Reply again = api.post("/api/training/campaigns/" + id + "/hold", Tokens.town("xiabao"),
                Map.of("heldDate", TODAY.toString(), "peopleReached", 1));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("campaign-not-planned");
        assertThat(api.post("/api/training/campaigns/" + id + "/cancel", Tokens.brigade(), Map.of("reason", "x"))
                .status()).isEqualTo(409);
        JsonNode held = waitForStatus(id, "HELD");
        assertThat(held.get("peopleReached").asInt()).isEqualTo(230);
        assertThat(held.get("heldDate").asText()).isEqualTo(TODAY.toString());

        assertThat(api.post("/api/training/campaigns/" + education + "/cancel", Tokens.department("education"),
                Map.of("reason", "暴雨红色预警")).status()).isEqualTo(204);
        assertThat(waitForStatus(education, "CANCELLED").get("cancelReason").asText()).isEqualTo("暴雨红色预警");
        assertThat(api.post("/api/training/campaigns/" + education + "/hold", Tokens.brigade(),
                Map.of("heldDate", TODAY.toString(), "peopleReached", 1)).status()).isEqualTo(409);
        assertThat(api.post("/api/training/campaigns/no-such/cancel", Tokens.brigade(), Map.of("reason", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void listings_filter_by_year_town_and_status_and_are_paged() {
        LocalDate nextYear = TODAY.plusYears(1);
        for (int i = 0; i < 3; i++) {
            plan(Tokens.brigade(), campaign("bailu", nextYear, "白鹿 " + i));
        }
        JsonNode page = api.get("/api/training/campaigns?town=bailu&year=" + nextYear.getYear()
                + "&status=PLANNED&size=2&page=0", Tokens.committee()).body();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(2);
        JsonNode second = api.get("/api/training/campaigns?town=bailu&year=" + nextYear.getYear()
                + "&size=2&page=1", Tokens.committee()).body();
        assertThat(second.get("items")).hasSize(1);
        assertThat(api.get("/api/training/campaigns?town=bailu&year=2021", Tokens.committee()).body()
                .get("total").asLong()).isZero();
        assertThat(api.get("/api/training/campaigns?town=bailu&status=HELD", Tokens.committee()).body()
                .get("total").asLong()).isZero();
    }

    @Test
    void the_public_calendar_shows_planned_and_held_campaigns_without_login_and_without_organiser_data() {
        LocalDate day = TODAY.plusDays(200);
        String planned = plan(Tokens.town("hongchiba"), campaign("hongchiba", day, "红池坝公开日程"));
        String cancelled = plan(Tokens.town("hongchiba"), campaign("hongchiba", day, "红池坝已取消"));
        assertThat(api.post("/api/training/campaigns/" + cancelled + "/cancel", Tokens.town("hongchiba"),
                Map.of("reason", "改期")).status()).isEqualTo(204);
        waitForStatus(cancelled, "CANCELLED");

        Reply calendar = api.get("/api/training/public/campaign-calendar?from=" + day + "&to=" + day, null);
        assertThat(calendar.status()).isEqualTo(200);
        JsonNode items = calendar.body().get("items");
        assertThat(items.findValuesAsText("title")).contains("红池坝公开日程").doesNotContain("红池坝已取消");
        JsonNode entry = items.get(0);
        List<String> fields = new java.util.ArrayList<>();
        entry.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("title", "kind", "town", "date", "place", "status");
        assertThat(calendar.body().toString()).doesNotContain("13900000000").doesNotContain(planned);

        JsonNode byDefault = api.get("/api/training/public/campaign-calendar", null).body();
        assertThat(byDefault.get("from").asText()).isEqualTo(TODAY.toString());
        assertThat(byDefault.get("to").asText()).isEqualTo(TODAY.plusDays(90).toString());
        assertThat(byDefault.get("items").findValuesAsText("town")).contains("xiabao", "fenghuang");

        Reply tooLong = api.get("/api/training/public/campaign-calendar?from=2025-01-01&to=2026-01-02", null);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").findValuesAsText("field")).containsExactly("to");
        assertThat(api.get("/api/training/public/campaign-calendar?from=2025-02-01&to=2025-01-01", null).status())
                .isEqualTo(400);
        Reply farFuture = api.get("/api/training/public/campaign-calendar?from=+999999999-12-31", null);
        assertThat(farFuture.status()).isEqualTo(400);
        assertThat(farFuture.body().get("errors").findValuesAsText("field")).containsExactly("from");
        Reply notADate = api.get("/api/training/public/campaign-calendar?from=tomorrow", null);
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body().get("errors").findValuesAsText("field")).containsExactly("from");
        assertThat(api.get("/api/training/public/campaign-calendar", Tokens.unit("91500238MA5U7K3L74")).status())
                .isEqualTo(200);
    }

    @Test
    void a_held_campaign_reaches_kafka_with_people_reached_town_and_organiser() throws Exception {
        String id = plan(Tokens.town("yulin"), campaign("yulin", TODAY.minusDays(1), "鱼鳞进农村"));
        assertThat(api.post("/api/training/campaigns/" + id + "/hold", Tokens.town("yulin"),
                Map.of("heldDate", TODAY.toString(), "peopleReached", 512)).status()).isEqualTo(204);

        Map<String, Object> props = KafkaTestUtils.consumerProps("probe-" + UUID.randomUUID(), "false", kafka);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props,
                new StringDeserializer(), new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(TrainingEvents.CAMPAIGN_TOPIC));
            Map<String, CloudEvent> byType = new HashMap<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    if (id.equals(r.key())) {
                        CloudEvent event = KafkaMessageFactory.createReader(r).toEvent();
                        byType.put(event.getType(), event);
                    }
                }
                return byType.size() == 2;
            });
            assertThat(byType).containsOnlyKeys("firegov.training.campaign.planned.v1",
                    "firegov.training.campaign.held.v1");
            CloudEvent held = byType.get("firegov.training.campaign.held.v1");
            assertThat(held.getSource()).hasToString("/firegov/training");
            assertThat(held.getSubject()).isEqualTo(id);
            JsonNode data = json.readTree(held.getData().toBytes());
            assertThat(data.get("peopleReached").asInt()).isEqualTo(512);
            assertThat(data.get("town").asText()).isEqualTo("yulin");
            assertThat(data.get("organiserType").asText()).isEqualTo("TOWN");
            assertThat(data.get("organiserCode").asText()).isEqualTo("yulin");
            assertThat(data.get("heldDate").asText()).isEqualTo(TODAY.toString());
            assertThat(data.get("kind").asText()).isEqualTo("COMMUNITY");
        }
    }

    @Test
    void the_campaigns_read_model_is_rebuilt_identically_by_replay() {
        String id = plan(Tokens.brigade(), campaign("fenghuang", TODAY.minusDays(3), "凤凰重放"));
        assertThat(api.post("/api/training/campaigns/" + id + "/hold", Tokens.brigade(),
                Map.of("heldDate", TODAY.toString(), "peopleReached", 77)).status()).isEqualTo(204);
        waitForStatus(id, "HELD");
        List<Map> before = mongo.findAll(Map.class, CampaignView.COLLECTION);
        replay.replay(CampaignProjection.GROUP);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map> after = mongo.findAll(Map.class, CampaignView.COLLECTION);
            assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        });
    }
}
