package org.firegov.inspection.citizenreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.firegov.inspection.citizenreport.PublicReportForm.PATH;
import static org.firegov.inspection.citizenreport.PublicReportForm.atAddress;
import static org.firegov.inspection.citizenreport.PublicReportForm.atUnit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import org.firegov.events.inspection.InspectionEvents;
import org.firegov.inspection.InspectionApi;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.KafkaProbe;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Citizens report hazards (群众举报) without signing in; the brigade handles them; the reporter follows the stage. */
@FireGovServiceTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PublicReportingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CONTACT = "13800138000";

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedKafkaBroker kafka;

    InspectionApi api;
    PublicReportForm citizen;

    @BeforeEach
    void setUp() {
        api = new InspectionApi(port);
        citizen = new PublicReportForm(port);
    }

    @Test
    void a_citizen_finds_the_unit_reports_a_hazard_there_and_follows_its_stage_by_the_tracking_code() throws Exception {
        String town = InspectionApi.newTown();
        String unit = api.registerVisibleUnit(town, "culture", "KEY", List.of("PUBLIC_GATHERING_PLACE"));
        JsonNode found = citizen.get(PATH + "/units?q=" + unit.substring(10)).body();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("unitId").asText()).isEqualTo(unit);
        assertThat(found.get(0).has("department")).isFalse();
        assertThat(found.get(0).has("riskGrade")).isFalse();
        assertThat(citizen.get(PATH + "/units?q=" + unit).body()).hasSize(1);

        Map<String, Object> report = atUnit(citizen.filledFormToken(), unit, "二楼安全出口被铁链锁住");
        report.put("contact", CONTACT);
        Reply filed = citizen.post(report);

        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        String code = filed.body().get("trackingCode").asText();
        assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        Reply status = await().atMost(PATIENCE).until(() -> citizen.get(PATH + "/" + code.toLowerCase()),
                reply -> reply.status() == 200);
        assertThat(status.body().get("stage").asText()).isEqualTo("RECEIVED");
        assertThat(status.body().toString()).doesNotContain(CONTACT, "安全出口", unit);

        JsonNode hazard = await().atMost(PATIENCE).until(() -> api.get("/api/inspection/hazards?source=PUBLIC_REPORT"
                + "&unitId=" + unit, Tokens.brigade()).body().get("items"), items -> items.size() == 1).get(0);
        assertThat(hazard.get("description").asText()).isEqualTo("二楼安全出口被铁链锁住");
        assertThat(hazard.get("town").asText()).isEqualTo(town);
        assertThat(hazard.toString()).doesNotContain(CONTACT);
        String hazardId = hazard.get("hazardId").asText();
        List<CloudEvent> published = KafkaProbe.eventsFor(kafka, InspectionEvents.HAZARD_TOPIC, hazardId,
                received -> !received.isEmpty());
        assertThat(published.get(0).getType()).isEqualTo("firegov.inspection.hazard.reported.v1");
        assertThat(new String(published.get(0).getData().toBytes(), StandardCharsets.UTF_8))
                .contains("\"source\":\"PUBLIC_REPORT\"").doesNotContain(CONTACT);
        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.department("culture")).status()).isEqualTo(200);
        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.town(town)).status()).isEqualTo(200);
        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.department("education")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/inspection/hazards/" + hazardId, Tokens.town("xiabao")).status()).isEqualTo(404);

        assertThat(api.post("/api/inspection/hazards/" + hazardId + "/rectification-order", Tokens.brigade(),
                Map.of("deadline", Instant.now().plus(Duration.ofDays(3)).toString())).status()).isEqualTo(204);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(citizen.get(PATH + "/" + code).body()
                .get("stage").asText()).isEqualTo("BEING_HANDLED"));

        JsonNode triage = api.get("/api/inspection/citizen-reports?status=PLACED&size=200", Tokens.brigade()).body();
        assertThat(triage.get("items").findValuesAsText("contact")).contains(CONTACT);
    }

    @Test
    void the_same_text_at_the_same_place_is_the_first_report_and_one_hazard() throws Exception {
        String unit = api.registerVisibleUnit("xiabao", "education", "KEY", List.of("SCHOOL"));
        Reply first = citizen.post(atUnit(citizen.filledFormToken(), unit, "教学楼消防栓没有水"));
        Reply again = new PublicReportForm(port).post(atUnit(citizen.filledFormToken(), unit, " 教学楼消防栓 没有水 "));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(String.valueOf(again.body())).isEqualTo(200);
        assertThat(again.body().get("duplicate").asBoolean()).isTrue();
        assertThat(again.body().get("trackingCode").asText()).isEqualTo(first.body().get("trackingCode").asText());
        await().atMost(PATIENCE).until(() -> api.get("/api/inspection/hazards?unitId=" + unit, Tokens.brigade())
                .body().get("total").asInt() == 1);
        Reply other = citizen.post(atUnit(citizen.filledFormToken(), unit, "教学楼灭火器过期"));
        assertThat(other.status()).isEqualTo(201);
        await().atMost(PATIENCE).until(() -> api.get("/api/inspection/hazards?unitId=" + unit, Tokens.brigade())
                .body().get("total").asInt() == 2);
    }

    @Test
    void a_report_at_an_address_waits_for_the_brigade_to_place_it_at_a_unit_or_to_dismiss_it() throws Exception {
        String unit = api.registerVisibleUnit("dahe", "commerce", "GENERAL", List.of("NINE_SMALL_VENUE"));
        Reply filed = citizen.post(atAddress(citizen.filledFormToken(), "dahe", "大河乡场镇老街12号", "门面里住人，电动车在室内充电"));
        assertThat(filed.status()).as(String.valueOf(filed.body())).isEqualTo(201);
        String code = filed.body().get("trackingCode").asText();
        JsonNode report = await().atMost(PATIENCE).until(() -> api.get("/api/inspection/citizen-reports?status=UNPLACED"
                + "&size=200", Tokens.brigade()).body().get("items"), items -> items.findValuesAsText("trackingCode")
                .contains(code));
        String reportId = null;
        for (JsonNode item : report) {
            if (item.get("trackingCode").asText().equals(code)) {
                reportId = item.get("reportId").asText();
                assertThat(item.get("address").asText()).isEqualTo("大河乡场镇老街12号");
            }
        }
        assertThat(api.post("/api/inspection/citizen-reports/" + reportId + "/placement", Tokens.department("commerce"),
                Map.of("unitId", unit)).status()).isEqualTo(403);

        Reply placed = api.post("/api/inspection/citizen-reports/" + reportId + "/placement", Tokens.brigade(),
                Map.of("unitId", unit));
        assertThat(placed.status()).as(String.valueOf(placed.body())).isEqualTo(201);
        String hazardId = placed.body().get("hazardId").asText();
        await().atMost(PATIENCE).untilAsserted(() -> {
            Reply hazard = api.get("/api/inspection/hazards/" + hazardId, Tokens.department("commerce"));
            assertThat(hazard.status()).isEqualTo(200);
            assertThat(hazard.body().get("source").asText()).isEqualTo("PUBLIC_REPORT");
            assertThat(hazard.body().get("description").asText()).contains("电动车在室内充电", "大河乡场镇老街12号");
        });
        Reply twice = api.post("/api/inspection/citizen-reports/" + reportId + "/placement", Tokens.brigade(),
                Map.of("unitId", unit));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("report-already-placed");

        Reply vague = citizen.post(atAddress(citizen.filledFormToken(), null, "不知道哪里", "好像闻到烟味了"));
        String vagueCode = vague.body().get("trackingCode").asText();
        String vagueId = await().atMost(PATIENCE).until(() -> reportIdOf(vagueCode), id -> id != null);
        assertThat(api.post("/api/inspection/citizen-reports/" + vagueId + "/dismissal", Tokens.brigade(),
                Map.of("reason", "")).errorFields()).contains("reason");
        assertThat(api.post("/api/inspection/citizen-reports/" + vagueId + "/dismissal", Tokens.brigade(),
                Map.of("reason", "地点不明，电话无法联系")).status()).isEqualTo(204);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(citizen.get(PATH + "/" + vagueCode).body()
                .get("stage").asText()).isEqualTo("CLOSED"));
    }

    @Test
    void only_the_brigade_triages_and_an_unknown_code_is_not_found() {
        assertThat(api.get("/api/inspection/citizen-reports", Tokens.department("education")).status()).isEqualTo(403);
        assertThat(api.get("/api/inspection/citizen-reports", null).status()).isEqualTo(401);
        assertThat(citizen.get(PATH + "/ABCD-EFGH-JKMN").status()).isEqualTo(404);
        assertThat(citizen.get(PATH + "/nonsense").status()).isEqualTo(404);
        assertThat(citizen.get(PATH + "/units?q=x").errorFields()).contains("q");
    }

    private String reportIdOf(String trackingCode) {
        for (JsonNode item : api.get("/api/inspection/citizen-reports?size=200", Tokens.brigade()).body().get("items")) {
            if (item.get("trackingCode").asText().equals(trackingCode)) {
                return item.get("reportId").asText();
            }
        }
        return null;
    }
}
