package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.firegov.events.accountability.AccountabilityEvents;
import org.firegov.events.inspection.HazardReportedV1;
import org.firegov.accountability.supervision.OverdueFollowUps;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.KafkaProbe;
import org.firegov.testkit.RecordedEvents;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/** Supervision tools: warning interviews with follow-up, circulars; the committee writes, parties read their own. */
@FireGovServiceTest
class SupervisionIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @LocalServerPort
    int port;
    @Autowired
    OverdueFollowUps overdueFollowUps;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObjectMapper json;
    @Autowired
    EmbeddedKafkaBroker broker;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String interview(String kind, String code, LocalDate heldOn, LocalDate followUpBy) {
        Reply reply = api.post("/api/accountability/interviews", Tokens.committee(), Map.of("partyKind", kind,
                "partyCode", code, "reason", "重大隐患逾期未改", "heldOn", heldOn.toString(),
                "followUpBy", followUpBy.toString()));
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
        return reply.body().get("interviewId").asText();
    }

    @Test
    void an_interview_past_its_follow_up_date_is_found_overdue_once_and_seen_only_by_its_party() {
        String late = interview("DEPARTMENT", "culture-tourism", TODAY.minusDays(20), TODAY.minusDays(1));
        String pending = interview("DEPARTMENT", "culture-tourism", TODAY, TODAY.plusDays(30));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/accountability/interviews/" + late, Tokens.committee()).status() == 200);
        assertThat(overdueFollowUps.check()).isGreaterThanOrEqualTo(1);
        assertThat(overdueFollowUps.check()).as("marked once").isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode overdue = api.get("/api/accountability/interviews?overdue=true",
                    Tokens.department("culture-tourism")).body();
            assertThat(overdue.get("items").findValuesAsText("interviewId")).contains(late).doesNotContain(pending);
        });
        assertThat(api.get("/api/accountability/interviews/" + late, Tokens.department("education")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/accountability/interviews", Tokens.department("education")).body().get("items")
                .findValuesAsText("interviewId")).doesNotContain(late, pending);

        assertThat(api.post("/api/accountability/interviews/" + late + "/follow-up", Tokens.department("culture-tourism"),
                Map.of("outcome", "已整改")).status()).isEqualTo(403);
        assertThat(api.post("/api/accountability/interviews/" + late + "/follow-up", Tokens.committee(),
                Map.of("outcome", "已整改并复查")).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> "FOLLOWED_UP".equals(
                api.get("/api/accountability/interviews/" + late, Tokens.committee()).body().get("status").asText()));
        assertThat(api.post("/api/accountability/interviews/" + late + "/follow-up", Tokens.committee(),
                Map.of("outcome", "again")).code()).isEqualTo("follow-up-recorded");
    }

    @Test
    void bad_interviews_are_refused_with_reasons() {
        assertThat(api.post("/api/accountability/interviews", Tokens.committee(), Map.of("partyKind", "TOWN",
                "reason", "x", "heldOn", TODAY.toString())).errorFields()).contains("partyCode", "followUpBy");
        assertThat(api.post("/api/accountability/interviews", Tokens.committee(), Map.of("partyKind", "TOWN",
                "partyCode", "atlantis", "reason", "x", "heldOn", TODAY.toString(),
                "followUpBy", TODAY.plusDays(1).toString())).code()).isEqualTo("unknown-party");
        assertThat(api.post("/api/accountability/interviews", Tokens.committee(), Map.of("partyKind", "TOWN",
                "partyCode", "dahe", "reason", "x", "heldOn", TODAY.toString(),
                "followUpBy", TODAY.toString())).code()).isEqualTo("follow-up-before-interview");
        assertThat(api.post("/api/accountability/interviews", Tokens.town("dahe"), Map.of("partyKind", "TOWN",
                "partyCode", "dahe", "reason", "x", "heldOn", TODAY.toString(),
                "followUpBy", TODAY.plusDays(1).toString())).status()).isEqualTo(403);
    }

    @Test
    void the_committee_lists_an_open_major_hazard_once_and_the_decision_goes_to_inspection() {
        String major = UUID.randomUUID().toString();
        RecordedEvents.publish(kafka, json, new HazardReportedV1(major, "91500238MA5U7K3L74", "bailu", "culture-tourism",
                "INSPECTION", true, Instant.now()), major);
        String minor = UUID.randomUUID().toString();
        RecordedEvents.publish(kafka, json, new HazardReportedV1(minor, "91500238MA5U7K3L74", "bailu", "culture-tourism",
                "INSPECTION", false, Instant.now()), minor);
        Map<String, Object> decision = Map.of("hazardId", major, "document", "巫消委督〔2026〕1号",
                "rectifyBy", TODAY.plusMonths(3).toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/accountability/listings", Tokens.committee(),
                decision).status() == 201);
        assertThat(api.post("/api/accountability/listings", Tokens.committee(), decision).code())
                .isEqualTo("already-decided");
        assertThat(api.post("/api/accountability/listings", Tokens.committee(), Map.of("hazardId", minor,
                "document", "x", "rectifyBy", TODAY.plusMonths(3).toString())).code())
                .isEqualTo("not-an-open-major-hazard");
        assertThat(api.post("/api/accountability/listings", Tokens.committee(), Map.of("hazardId", major))
                .errorFields()).contains("document", "rectifyBy");
        assertThat(api.post("/api/accountability/listings", Tokens.town("bailu"), decision).status()).isEqualTo(403);

        String decisionId = "listing-" + major;
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/accountability/listings/" + decisionId,
                Tokens.department("culture-tourism")).status() == 200);
        assertThat(api.get("/api/accountability/listings/" + decisionId, Tokens.department("education")).status())
                .isEqualTo(404);
        List<CloudEvent> published = KafkaProbe.eventsFor(broker, AccountabilityEvents.SUPERVISION_TOPIC, decisionId,
                events -> !events.isEmpty());
        assertThat(published).hasSize(1);
        assertThat(published.get(0).getType()).isEqualTo("firegov.accountability.listing.decided.v1");
    }

    @Test
    void a_circular_reaches_the_parties_it_names_and_no_others() {
        Reply issued = api.post("/api/accountability/circulars", Tokens.committee(), Map.of("kind", "CRITICISM",
                "title", "关于火灾隐患整改不力的通报", "body", "……",
                "parties", List.of(Map.of("kind", "TOWN", "code", "dahe"), Map.of("kind", "DEPARTMENT", "code", "health")),
                "issuedOn", TODAY.toString()));
        assertThat(issued.status()).as(String.valueOf(issued.body())).isEqualTo(201);
        String id = issued.body().get("circularId").asText();

        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/accountability/circulars/" + id, Tokens.town("dahe")).status() == 200);
        assertThat(api.get("/api/accountability/circulars/" + id, Tokens.department("health")).body().get("kind")
                .asText()).isEqualTo("CRITICISM");
        assertThat(api.get("/api/accountability/circulars/" + id, Tokens.town("yulin")).status()).isEqualTo(404);
        assertThat(api.get("/api/accountability/circulars", Tokens.town("yulin")).body().get("items")
                .findValuesAsText("circularId")).doesNotContain(id);
        assertThat(api.post("/api/accountability/circulars", Tokens.committee(), Map.of("kind", "PRAISE",
                "title", "t", "body", "b", "parties", List.of(), "issuedOn", TODAY.toString())).errorFields())
                .contains("parties");
        assertThat(api.post("/api/accountability/circulars", Tokens.committee(), Map.of("kind", "PRAISE",
                "title", "t", "body", "b", "parties", List.of(Map.of("kind", "TOWN", "code", "atlantis")),
                "issuedOn", TODAY.toString())).code()).isEqualTo("unknown-party");
    }
}
