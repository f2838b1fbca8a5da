package org.firegov.infrastructure.project;

import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.KafkaProbe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import org.firegov.events.infrastructure.InfrastructureEvents;
import org.firegov.infrastructure.InfrastructureIT;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

@FireGovServiceTest
class KeyProjectsIT extends InfrastructureIT {

    private static final String PROJECTS = "/api/infrastructure/projects";

    private void registerProject(String id, String start, List<Map<String, Object>> milestones) {
        Reply created = api.post(PROJECTS, Tokens.brigade(), Map.of("projectId", id, "name", "测试工程 " + id,
                "startDate", start, "budget", 120.5, "responsibleBody", "县消防救援大队", "responsibleParty", "emergency",
                "milestones", milestones));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(PROJECTS + "/" + id, Tokens.brigade()).status() == 200);
    }

    private static Map<String, Object> milestone(String id, String date) {
        return Map.of("milestoneId", id, "title", "里程碑 " + id, "plannedDate", date);
    }

    private JsonNode milestoneView(String projectId, String milestoneId) {
        for (JsonNode m : api.get(PROJECTS + "/" + projectId, Tokens.brigade()).body().get("milestones")) {
            if (m.get("milestoneId").asText().equals(milestoneId)) {
                return m;
            }
        }
        throw new AssertionError("no milestone " + milestoneId);
    }

    @Test
    void the_plans_seven_key_projects_are_seeded_with_their_milestones() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode projects = api.get(PROJECTS, Tokens.committee()).body();
            assertThat(projects.findValuesAsText("projectId")).contains("t3-1-old-community", "t3-2-water-sources",
                    "t3-3-fenghuang-station", "t3-4-township-brigades", "t3-5-full-time-firefighters",
                    "t3-6-equipment", "t3-7-iot-sensing");
            JsonNode recruits = api.get(PROJECTS + "/t3-5-full-time-firefighters", Tokens.town("xiabao")).body();
            assertThat(recruits.get("milestones").size()).isEqualTo(5);
        });
        JsonNode station = api.get(PROJECTS + "/t3-3-fenghuang-station", Tokens.department("housing")).body();
        assertThat(station.get("milestones").get(0).get("plannedDate").asText()).isEqualTo("2025-12-31");
        JsonNode brigades = api.get(PROJECTS + "/t3-4-township-brigades", Tokens.brigade()).body();
        assertThat(brigades.get("milestones").findValuesAsText("plannedDate")).containsOnly("2023-12-31");
        assertThat(brigades.get("responsibleParty").asText()).isEqualTo("xiabao");
        assertThat(brigades.get("milestones").findValuesAsText("responsibleParty")).containsExactly("xiabao", "tongcheng");
        assertThat(api.get(PROJECTS + "/t3-1-old-community", Tokens.brigade()).body().get("responsibleParty").asText())
                .isEqualTo("housing");
        assertThat(api.get(PROJECTS, Tokens.unit("91500238MA5U7K3L74")).status()).isEqualTo(403);
        assertThat(api.get(PROJECTS, Tokens.govPlatform()).status()).isEqualTo(403);
        assertThat(api.post(PROJECTS, Tokens.town("xiabao"), Map.of()).status()).isEqualTo(403);
        assertThat(api.post(PROJECTS + "/overdue-check", Tokens.committee(), null).status()).isEqualTo(403);
    }

    @Test
    void a_milestone_before_the_project_start_is_rejected_and_bad_input_names_the_fields() {
        Reply early = api.post(PROJECTS, Tokens.brigade(), Map.of("projectId", "early-project", "name", "x",
                "startDate", "2022-01-01", "responsibleBody", "大队", "responsibleParty", "emergency",
                "milestones", List.of(milestone("too-early", "2021-06-30"))));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body().get("code").asText()).isEqualTo("milestone-before-start");
        assertThat(api.get(PROJECTS + "/early-project", Tokens.brigade()).status()).isEqualTo(404);

        Reply bad = api.post(PROJECTS, Tokens.brigade(), Map.of("projectId", "Bad Id", "name", "",
                "budget", -1, "responsibleBody", "大队", "responsibleParty", "fire-brigade",
                "milestones", List.of(Map.of("milestoneId", "m1", "title", "t", "responsibleParty", "nowhere"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("projectId", "name", "startDate", "budget", "responsibleParty",
                "milestones[0].plannedDate", "milestones[0].responsibleParty");
        Reply noParty = api.post(PROJECTS, Tokens.brigade(), Map.of("name", "x", "startDate", "2022-01-01",
                "responsibleBody", "大队"));
        assertThat(noParty.status()).isEqualTo(400);
        assertThat(noParty.errorFields()).containsExactly("responsibleParty");

        Reply badDate = api.post(PROJECTS, Tokens.brigade(), Map.of("name", "x", "startDate", "2022-13-45",
                "responsibleBody", "大队", "responsibleParty", "housing"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorFields()).containsExactly("startDate");

        Reply again = api.post(PROJECTS, Tokens.brigade(), Map.of("projectId", "t3-3-fenghuang-station",
                "name", "again", "startDate", "2021-01-01", "responsibleBody", "大队", "responsibleParty", "housing"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void progress_reports_complete_milestones_on_time_or_late_and_only_once() {
        registerProject("brigade-test", "2021-01-01",
                List.of(milestone("on-time", "2023-12-31"), milestone("late", "2023-12-31")));
        String base = PROJECTS + "/brigade-test/milestones/";
        assertThat(api.post(base + "on-time/completion", Tokens.brigade(),
                Map.of("completedOn", "2023-11-20", "note", "验收合格")).status()).isEqualTo(204);
        assertThat(api.post(base + "late/completion", Tokens.brigade(),
                Map.of("completedOn", "2024-01-30")).status()).isEqualTo(204);

        Reply twice = api.post(base + "late/completion", Tokens.brigade(), Map.of("completedOn", "2024-02-01"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("code").asText()).isEqualTo("milestone-already-completed");
        Reply future = api.post(PROJECTS + "/brigade-test/milestones", Tokens.brigade(),
                milestone("next", "2099-12-31"));
        assertThat(future.status()).isEqualTo(204);
        Reply inTheFuture = api.post(base + "next/completion", Tokens.brigade(), Map.of("completedOn", "2099-01-01"));
        assertThat(inTheFuture.status()).isEqualTo(422);
        assertThat(inTheFuture.body().get("code").asText()).isEqualTo("completion-in-future");
        assertThat(api.post(base + "nope/completion", Tokens.brigade(), Map.of("completedOn", "2024-01-01")).status())
                .isEqualTo(404);
        assertThat(api.post(PROJECTS + "/no-such-project/milestones/x/completion", Tokens.brigade(),
                Map.of("completedOn", "2024-01-01")).status()).isEqualTo(404);
        assertThat(api.post(base + "late/completion", Tokens.brigade(), Map.of()).status()).isEqualTo(400);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(milestoneView("brigade-test", "on-time").get("status").asText()).isEqualTo("COMPLETED_ON_TIME");
            JsonNode late = milestoneView("brigade-test", "late");
            assertThat(late.get("status").asText()).isEqualTo("COMPLETED_LATE");
            assertThat(late.get("daysLate").asInt()).isEqualTo(30);
            assertThat(milestoneView("brigade-test", "next").get("status").asText()).isEqualTo("PLANNED");
        });
        List<CloudEvent> events = KafkaProbe.eventsFor(kafka, InfrastructureEvents.PROJECT_TOPIC, "brigade-test",
                received -> received.size() >= 2);
        assertThat(events).extracting(CloudEvent::getType)
                .containsOnly("firegov.infrastructure.project.milestone-completed.v1");
    }

    @Test
    void a_missed_milestone_is_detected_overdue_exactly_once_and_published() throws Exception {
        registerProject("overdue-test", "2021-01-01",
                List.of(milestone("missed", "2022-12-31"), milestone("future", "2099-12-31")));
        Reply first = api.post(PROJECTS + "/overdue-check", Tokens.brigade(), null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("milestones").toString()).contains("\"projectId\":\"overdue-test\",\"milestoneId\":\"missed\"");
        assertThat(first.body().get("milestones").toString()).doesNotContain("\"milestoneId\":\"future\"");
        Reply second = api.post(PROJECTS + "/overdue-check", Tokens.brigade(), null);
        assertThat(second.body().get("milestones").toString()).doesNotContain("overdue-test");

        Integer recorded = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?"
                + " and payloadtype like '%MilestoneOverdue'", Integer.class, "overdue-test");
        assertThat(recorded).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode missed = milestoneView("overdue-test", "missed");
            assertThat(missed.get("status").asText()).isEqualTo("OVERDUE");
            assertThat(missed.get("overdueSince").asText()).isNotBlank();
        });

        // completing it afterwards is a late completion
        assertThat(api.post(PROJECTS + "/overdue-test/milestones/missed/completion", Tokens.brigade(),
                Map.of("completedOn", "2023-03-01")).status()).isEqualTo(204);
        List<CloudEvent> events = KafkaProbe.eventsFor(kafka, InfrastructureEvents.PROJECT_TOPIC, "overdue-test",
                received -> received.size() >= 2);
        assertThat(events).extracting(CloudEvent::getType).containsExactly(
                "firegov.infrastructure.project.milestone-overdue.v1",
                "firegov.infrastructure.project.milestone-completed.v1");
        JsonNode completed = json.readTree(events.get(1).getData().toBytes());
        assertThat(completed.get("onTime").asBoolean()).isFalse();
        assertThat(completed.get("daysLate").asLong()).isEqualTo(60);
        assertThat(completed.get("plannedDate").asText()).isEqualTo("2022-12-31");
        assertThat(completed.get("responsibleParty").asText()).isEqualTo("emergency");
        assertThat(json.readTree(events.get(0).getData().toBytes()).get("responsibleParty").asText())
                .isEqualTo("emergency");
    }

    @Test
    void the_key_project_read_model_is_rebuilt_identically_by_replay() {
        registerProject("replay-test", "2021-01-01", List.of(milestone("a", "2030-01-01")));
        List<Map> before = mongo.findAll(Map.class, "key_projects");
        replay.replay("key-projects");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mongo.findAll(Map.class, "key_projects")).containsExactlyInAnyOrderElementsOf(before));
    }

    /** Re-stores the seeded Fenghuang project's first events under another id as revision 1, without a party. */
    private void storeRevision1History(String projectId) throws Exception {
        List<Map<String, Object>> rows = jdbc.queryForList("select payloadtype, payload from domainevententry"
                + " where aggregateidentifier = 't3-3-fenghuang-station' and sequencenumber < 2 order by sequencenumber");
        long sequence = 0;
        for (Map<String, Object> row : rows) {
            ObjectNode payload = (ObjectNode) json.readTree((byte[]) row.get("payload"));
            payload.remove("responsibleParty");
            payload.put("projectId", projectId);
            jdbc.update("insert into domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type,"
                            + " timestamp, payloadtype, payloadrevision, payload, metadata) values (?,?,?,?,?,?,?,?,?)",
                    UUID.randomUUID().toString(), projectId, sequence++, "KeyProject", Instant.now().toString(),
                    row.get("payloadtype"), "1", json.writeValueAsBytes(payload), "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void history_stored_before_responsible_parties_still_loads_and_gets_a_party_assigned() throws Exception {
        await().atMost(Duration.ofSeconds(15)).until(() -> api.get(PROJECTS + "/t3-3-fenghuang-station",
                Tokens.brigade()).status() == 200);
        storeRevision1History("legacy-project");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply reply = api.get(PROJECTS + "/legacy-project", Tokens.brigade());
            assertThat(reply.status()).isEqualTo(200);
            JsonNode legacy = reply.body();
            assertThat(legacy.get("milestones").findValuesAsText("milestoneId")).containsExactly("fenghuang-station-built");
            assertThat(legacy.get("responsibleParty").isNull()).isTrue();
        });
        String base = PROJECTS + "/legacy-project/milestones/fenghuang-station-built";
        Reply assigned = api.put(PROJECTS + "/legacy-project/responsible-party", Tokens.brigade(),
                Map.of("responsibleParty", "fenghuang"));
        assertThat(assigned.status()).as(String.valueOf(assigned.body())).isEqualTo(204);
        Reply again = api.put(PROJECTS + "/legacy-project/responsible-party", Tokens.brigade(),
                Map.of("responsibleParty", "fenghuang"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("responsible-party-unchanged");
        Reply unknown = api.put(base + "/responsible-party", Tokens.brigade(), Map.of("responsibleParty", "county"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("responsibleParty");
        assertThat(api.put(PROJECTS + "/legacy-project/responsible-party", Tokens.town("fenghuang"),
                Map.of("responsibleParty", "fenghuang")).status()).isEqualTo(403);
        assertThat(api.post(base + "/completion", Tokens.brigade(), Map.of("completedOn", "2025-06-30")).status())
                .isEqualTo(204);

        List<CloudEvent> events = KafkaProbe.eventsFor(kafka, InfrastructureEvents.PROJECT_TOPIC, "legacy-project",
                received -> !received.isEmpty());
        JsonNode completed = json.readTree(events.get(0).getData().toBytes());
        assertThat(completed.get("onTime").asBoolean()).isTrue();
        assertThat(completed.get("responsibleParty").asText()).isEqualTo("fenghuang");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api.get(PROJECTS + "/legacy-project",
                Tokens.committee()).body().get("responsibleParty").asText()).isEqualTo("fenghuang"));
        assertThat(api.get(PROJECTS + "/responsible-parties", Tokens.committee()).body().toString())
                .contains("\"housing\"", "\"xiabao\"", "\"emergency\"");
    }

    @Test
    void progress_reports_keep_their_evidence_and_plan_vs_actual_counts_milestones_per_year() {
        registerProject("progress-test", "2021-01-01",
                List.of(milestone("m-2022", "2022-12-31"), milestone("m-2023", "2023-12-31"), milestone("m-2099", "2099-12-31")));
        String base = PROJECTS + "/progress-test";
        Reply report = api.post(base + "/progress-reports", Tokens.brigade(), Map.of("reportedOn", "2022-06-30",
                "text", "完成选址和设计", "evidenceRef", "巫溪消防〔2022〕7号", "milestoneId", "m-2022"));
        assertThat(report.status()).as(String.valueOf(report.body())).isEqualTo(201);
        assertThat(report.body().get("reportId").asText()).isNotBlank();
        assertThat(api.post(base + "/milestones/m-2022/completion", Tokens.brigade(), Map.of("completedOn", "2023-01-20",
                "note", "验收合格", "evidenceRef", "https://docs.example/ys-2023-01.pdf")).status()).isEqualTo(204);
        assertThat(api.post(base + "/milestones/m-2023/completion", Tokens.brigade(), Map.of("completedOn", "2023-11-01"))
                .status()).isEqualTo(204);

        Reply bad = api.post(base + "/progress-reports", Tokens.brigade(), Map.of("text", " ",
                "evidenceRef", "a\nb", "milestoneId", "Bad Id"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("reportedOn", "text", "evidenceRef", "milestoneId");
        Reply future = api.post(base + "/progress-reports", Tokens.brigade(), Map.of("reportedOn", "2099-01-01",
                "text", "x"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body().get("code").asText()).isEqualTo("report-in-future");
        assertThat(api.post(base + "/progress-reports", Tokens.brigade(), Map.of("reportedOn", "2022-01-01",
                "text", "x", "milestoneId", "nope")).status()).isEqualTo(404);
        assertThat(api.post(PROJECTS + "/no-such-project/progress-reports", Tokens.brigade(),
                Map.of("reportedOn", "2022-01-01", "text", "x")).status()).isEqualTo(404);
        assertThat(api.post(base + "/progress-reports", Tokens.town("xiabao"), Map.of()).status()).isEqualTo(403);
        assertThat(api.get(PROJECTS + "/no-such-project/progress-reports", Tokens.brigade()).status()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode reports = api.get(base + "/progress-reports", Tokens.department("housing")).body();
            assertThat(reports.findValuesAsText("reportedOn")).containsExactly("2023-11-01", "2023-01-20", "2022-06-30");
            assertThat(reports.get(1).get("evidenceRef").asText()).isEqualTo("https://docs.example/ys-2023-01.pdf");
            assertThat(reports.get(1).get("completesMilestone").asBoolean()).isTrue();
            assertThat(reports.get(2).get("evidenceRef").asText()).isEqualTo("巫溪消防〔2022〕7号");
            assertThat(reports.get(2).get("completesMilestone").asBoolean()).isFalse();
        });
        JsonNode planVsActual = api.get(PROJECTS + "/plan-vs-actual", Tokens.town("tongcheng")).body();
        JsonNode mine = null;
        for (JsonNode project : planVsActual.get("projects")) {
            if (project.get("projectId").asText().equals("progress-test")) {
                mine = project;
            }
        }
        assertThat(mine).isNotNull();
        Map<String, String> byYear = new java.util.TreeMap<>();
        for (JsonNode year : mine.get("years")) {
            byYear.put(year.get("year").asText(), year.get("planned").asInt() + "/" + year.get("onTime").asInt() + "/"
                    + year.get("late").asInt() + "/" + year.get("open").asInt() + "/" + year.get("completedInYear").asInt());
        }
        assertThat(byYear).containsEntry("2022", "1/0/1/0/0").containsEntry("2023", "1/1/0/0/2")
                .containsEntry("2099", "1/0/0/1/0");
        assertThat(planVsActual.get("overall").findValuesAsText("year")).contains("2021", "2025");
    }
}
