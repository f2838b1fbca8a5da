package org.firegov.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.firegov.accountability.responsibility.OverdueTasks;
import org.firegov.events.accountability.AccountabilityEvents;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/** Responsible parties and responsibility lists (责任清单) through the service's API. */
@FireGovServiceTest
class ResponsibilityIT {

    @LocalServerPort
    int port;
    @Autowired
    OverdueTasks overdueTasks;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    ObjectMapper json;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String assign(String kind, String code, Instant deadline) {
        Reply created = api.post("/api/accountability/tasks", Tokens.committee(), Map.of("partyKind", kind,
                "partyCode", code, "planSection", "三(二)4", "title", "行业风险分析研判", "deadline", deadline.toString()));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("taskId").asText();
    }

    private void awaitVisible(String taskId) {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/accountability/tasks/" + taskId, Tokens.committee()).status() == 200);
    }

    @Test
    void the_committee_sees_every_party_and_a_department_only_itself() {
        JsonNode all = api.get("/api/accountability/parties", Tokens.committee()).body();
        assertThat(all.findValuesAsText("code")).contains("xiabao", "tongcheng", "fenghuang", "education", "health");
        JsonNode education = api.get("/api/accountability/parties", Tokens.department("education")).body();
        assertThat(education.findValuesAsText("code")).containsExactly("education");
        assertThat(api.get("/api/accountability/parties", Tokens.unit("91500238MA5U7K3L74")).status()).isEqualTo(403);
    }

    @Test
    void the_plans_recurring_tasks_are_on_each_partys_list() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode tasks = api.get("/api/accountability/tasks?size=100", Tokens.department("health")).body();
            assertThat(tasks.get("items").findValuesAsText("planSection")).contains("三(二)4", "三(一)2");
            assertThat(tasks.get("items").findValuesAsText("partyCode")).containsOnly("health");
        });
    }

    @Test
    void a_task_is_seen_and_completed_only_by_its_own_party() {
        String taskId = assign("DEPARTMENT", "education", Instant.now().plusSeconds(3600));
        awaitVisible(taskId);

        assertThat(api.get("/api/accountability/tasks/" + taskId, Tokens.department("education")).status()).isEqualTo(200);
        assertThat(api.get("/api/accountability/tasks/" + taskId, Tokens.department("health")).status()).isEqualTo(404);
        assertThat(api.get("/api/accountability/tasks/" + taskId, Tokens.town("xiabao")).status()).isEqualTo(404);
        assertThat(api.post("/api/accountability/tasks/" + taskId + "/completion", Tokens.department("health"),
                Map.of("evidence", "冒充")).status()).isEqualTo(404);
        assertThat(api.post("/api/accountability/tasks/" + taskId + "/completion", Tokens.committee(),
                Map.of("evidence", "x")).status()).isEqualTo(403);

        Reply done = api.post("/api/accountability/tasks/" + taskId + "/completion", Tokens.department("education"),
                Map.of("evidence", "2026年下半年研判报告，文号 巫教发〔2026〕12号"));
        assertThat(done.status()).isEqualTo(204);
        Reply again = api.post("/api/accountability/tasks/" + taskId + "/completion", Tokens.department("education"),
                Map.of("evidence", "again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("task-already-completed");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode task = api.get("/api/accountability/tasks/" + taskId, Tokens.department("education")).body();
            assertThat(task.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(task.get("onTime").asBoolean()).isTrue();
            assertThat(task.get("completedBy").asText()).isEqualTo("education1");
        });
    }

    @Test
    void bad_assignments_get_clear_errors_and_only_the_committee_assigns() {
        Reply missing = api.post("/api/accountability/tasks", Tokens.committee(), Map.of("partyKind", "VILLAGE"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).contains("partyKind");
        Reply unknownParty = api.post("/api/accountability/tasks", Tokens.committee(), Map.of("partyKind", "TOWN",
                "partyCode", "atlantis", "planSection", "三(三)1", "title", "x", "deadline", "2030-01-01T00:00:00Z"));
        assertThat(unknownParty.status()).isEqualTo(422);
        assertThat(unknownParty.body().get("code").asText()).isEqualTo("unknown-party");
        Reply past = api.post("/api/accountability/tasks", Tokens.committee(), Map.of("partyKind", "TOWN",
                "partyCode", "xiabao", "planSection", "三(三)1", "title", "x", "deadline", "2020-01-01T00:00:00Z"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(api.post("/api/accountability/tasks", Tokens.department("education"), Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void a_task_past_its_deadline_is_escalated_once_over_kafka() throws Exception {
        String taskId = assign("TOWN", "xiabao", Instant.now().plusMillis(1500));
        awaitVisible(taskId);
        Thread.sleep(1600);

        assertThat(overdueTasks.check()).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/accountability/tasks/" + taskId, Tokens.town("xiabao")).body().get("overdue").asBoolean())
                .isTrue());
        overdueTasks.check();

        Map<String, Object> props = KafkaTestUtils.consumerProps("probe-" + UUID.randomUUID(), "false", kafka);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(AccountabilityEvents.TASK_TOPIC));
            List<CloudEvent> overdue = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500))) {
                    CloudEvent event = KafkaMessageFactory.createReader(r).toEvent();
                    if (taskId.equals(event.getSubject())
                            && event.getType().equals("firegov.accountability.task.overdue.v1")) {
                        overdue.add(event);
                    }
                }
                assertThat(overdue).hasSize(1);
            });
            JsonNode data = json.readTree(overdue.get(0).getData().toBytes());
            assertThat(data.get("partyCode").asText()).isEqualTo("xiabao");
            assertThat(data.get("partyKind").asText()).isEqualTo("TOWN");
            // nothing more arrives for the same deadline
            for (ConsumerRecord<String, byte[]> r : KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(2))) {
                assertThat(r.key()).isNotEqualTo(taskId);
            }
        }
    }
}
