package org.firegov.training.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.firegov.events.training.TrainingEvents;
import org.firegov.kit.readmodel.ReadModelReplay;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.KafkaProbe;
import org.firegov.testkit.Tokens;
import org.firegov.training.County;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

@FireGovServiceTest
class CourseIT {

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

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String planCourse(String token, String town) {
        Reply created = api.post("/api/training/courses", token, Map.of("title", "消防安全“明白人”培训",
                "targetGroup", "UNIT_MANAGERS", "town", town, "passMark", 60, "certificateValidityMonths", 24));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        return created.body().get("courseId").asText();
    }

    /** A course in the town with one past session of 3.5 hours and trainee t-1 enrolled and present. */
    private String courseWithAttendedTrainee(String token, String town) {
        String course = planCourse(token, town);
        Reply session = api.post("/api/training/courses/" + course + "/sessions", token,
                Map.of("date", TODAY.minusDays(1).toString(), "hours", 3.5, "place", "镇政府会议室"));
        assertThat(session.status()).as(String.valueOf(session.body())).isEqualTo(201);
        assertThat(api.post("/api/training/courses/" + course + "/enrolments", token,
                Map.of("traineeId", "t-1", "name", "王五", "unitId", "91500238MA5U7K3L74")).status()).isEqualTo(201);
        assertThat(api.post("/api/training/courses/" + course + "/sessions/" + session.body().get("sessionId").asText()
                + "/attendance", token, Map.of("traineeId", "t-1")).status()).isEqualTo(204);
        return course;
    }

    @Test
    void a_trainee_who_attended_and_passed_gets_a_certificate_that_reaches_kafka() throws Exception {
        String course = courseWithAttendedTrainee(Tokens.town("xiabao"), "xiabao");

        Reply failed = api.post("/api/training/courses/" + course + "/exams", Tokens.town("xiabao"),
                Map.of("traineeId", "t-1", "score", 59, "examDate", TODAY.toString()));
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body().get("passed").asBoolean()).isFalse();
        Reply passed = api.post("/api/training/courses/" + course + "/exams", Tokens.town("xiabao"),
                Map.of("traineeId", "t-1", "score", 88, "examDate", TODAY.toString()));
        assertThat(passed.body().get("passed").asBoolean()).isTrue();
        String certificateNo = passed.body().get("certificateNo").asText();
        assertThat(passed.body().get("expiresOn").asText()).isEqualTo(TODAY.plusMonths(24).toString());
        Reply again = api.post("/api/training/courses/" + course + "/exams", Tokens.town("xiabao"),
                Map.of("traineeId", "t-1", "score", 99, "examDate", TODAY.toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("already-certified");

        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/training/certificates?traineeId=t-1&valid=true",
                Tokens.town("xiabao")).body().get("items").findValuesAsText("certificateNo").contains(certificateNo));
        JsonNode trainees = api.get("/api/training/courses/" + course + "/trainees", Tokens.town("xiabao")).body();
        assertThat(trainees.get(0).get("hoursAttended").asDouble()).isEqualTo(3.5);
        assertThat(trainees.get(0).get("lastScore").asInt()).isEqualTo(88);
        assertThat(api.get("/api/training/certificates?traineeId=t-1", Tokens.town("tongcheng")).body()
                .get("items").findValuesAsText("certificateNo")).doesNotContain(certificateNo);

        List<CloudEvent> events = KafkaProbe.eventsFor(kafka, TrainingEvents.COURSE_TOPIC, course, found ->
                found.stream().map(CloudEvent::getType).distinct().count() == 3);
        assertThat(events).extracting(CloudEvent::getType).containsExactly(
                "firegov.training.course.trainee-enrolled.v1", "firegov.training.course.attended.v1",
                "firegov.training.certificate.issued.v1");
        JsonNode attended = json.readTree(events.get(1).getData().toBytes());
        assertThat(attended.get("hours").asDouble()).isEqualTo(3.5);
        assertThat(attended.get("town").asText()).isEqualTo("xiabao");
        assertThat(attended.get("organiserType").asText()).isEqualTo("TOWN");
        assertThat(attended.get("sessionDate").asText()).isEqualTo(TODAY.minusDays(1).toString());
        JsonNode data = json.readTree(events.get(2).getData().toBytes());
        assertThat(data.get("certificateNo").asText()).isEqualTo(certificateNo);
        assertThat(data.get("targetGroup").asText()).isEqualTo("UNIT_MANAGERS");
        assertThat(data.get("unitId").asText()).isEqualTo("91500238MA5U7K3L74");
        assertThat(data.get("expiresOn").asText()).isEqualTo(TODAY.plusMonths(24).toString());
        assertThat(events).allSatisfy(event -> assertThat(new String(event.getData().toBytes(),
                java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("王五"));
    }

    @Test
    void courses_are_scoped_like_campaigns_and_only_the_organiser_or_the_brigade_changes_them() {
        String course = planCourse(Tokens.department("emergency"), "tongcheng");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/training/courses/" + course,
                Tokens.brigade()).status() == 200);
        assertThat(api.get("/api/training/courses/" + course, Tokens.town("tongcheng")).status()).isEqualTo(200);
        assertThat(api.get("/api/training/courses/" + course, Tokens.committee()).status()).isEqualTo(200);
        assertThat(api.get("/api/training/courses/" + course, Tokens.town("xiabao")).status()).isEqualTo(404);
        assertThat(api.get("/api/training/courses/" + course, Tokens.department("health")).status()).isEqualTo(404);
        assertThat(api.get("/api/training/courses/" + course, Tokens.unit("91500238MA5U7K3L74")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/training/certificates", Tokens.govPlatform()).status()).isEqualTo(403);

        Map<String, Object> enrol = Map.of("traineeId", "t-2", "name", "赵六");
        assertThat(api.post("/api/training/courses/" + course + "/enrolments", Tokens.town("tongcheng"), enrol)
                .status()).isEqualTo(403);
        assertThat(api.post("/api/training/courses/" + course + "/enrolments", Tokens.town("xiabao"), enrol)
                .status()).isEqualTo(404);
        assertThat(api.post("/api/training/courses/" + course + "/enrolments", Tokens.committee(), enrol)
                .status()).isEqualTo(403);
        assertThat(api.post("/api/training/courses/" + course + "/enrolments", Tokens.brigade(), enrol)
                .status()).isEqualTo(201);
        assertThat(api.post("/api/training/courses/" + course + "/enrolments", Tokens.department("emergency"), enrol)
                .status()).isEqualTo(409);
    }

    @Test
    void bad_course_input_is_answered_with_the_fields_named() {
        Reply bad = api.post("/api/training/courses", Tokens.brigade(), Map.of("title", "", "targetGroup", "KIDS",
                "town", "xiabao", "passMark", 60, "certificateValidityMonths", 24));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field")).containsExactly("targetGroup");
        Reply range = api.post("/api/training/courses", Tokens.brigade(), Map.of("title", "", "targetGroup",
                "OFFICIALS", "town", "xiabao", "passMark", 150, "certificateValidityMonths", 0));
        assertThat(range.body().get("errors").findValuesAsText("field"))
                .contains("title", "passMark", "certificateValidityMonths");
        String course = planCourse(Tokens.brigade(), "dahe");
        Reply score = api.post("/api/training/courses/" + course + "/exams", Tokens.brigade(),
                Map.of("traineeId", "t-1", "score", 120, "examDate", TODAY.toString()));
        assertThat(score.status()).isEqualTo(400);
        assertThat(score.body().get("errors").findValuesAsText("field")).containsExactly("score");
        Reply hours = api.post("/api/training/courses/" + course + "/sessions", Tokens.brigade(),
                Map.of("date", TODAY.toString(), "hours", 0));
        assertThat(hours.body().get("errors").findValuesAsText("field")).containsExactly("hours");
        Reply notEnrolled = api.post("/api/training/courses/" + course + "/exams", Tokens.brigade(),
                Map.of("traineeId", "nobody", "score", 80, "examDate", TODAY.toString()));
        assertThat(notEnrolled.status()).isEqualTo(422);
        assertThat(notEnrolled.body().get("code").asText()).isEqualTo("not-enrolled");
    }

    @Test
    void the_course_read_models_are_rebuilt_identically_by_replay() {
        String course = courseWithAttendedTrainee(Tokens.brigade(), "fenghuang");
        assertThat(api.post("/api/training/courses/" + course + "/exams", Tokens.brigade(),
                Map.of("traineeId", "t-1", "score", 70, "examDate", TODAY.toString())).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/training/certificates?traineeId=t-1",
                Tokens.brigade()).body().get("total").asLong() > 0);
        List<Map> courses = mongo.findAll(Map.class, CourseView.COLLECTION);
        List<Map> trainees = mongo.findAll(Map.class, TraineeView.COLLECTION);
        List<Map> certificates = mongo.findAll(Map.class, CertificateView.COLLECTION);
        replay.replay(CourseProjection.GROUP);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(mongo.findAll(Map.class, CourseView.COLLECTION)).containsExactlyInAnyOrderElementsOf(courses);
            assertThat(mongo.findAll(Map.class, TraineeView.COLLECTION))
                    .containsExactlyInAnyOrderElementsOf(trainees);
            assertThat(mongo.findAll(Map.class, CertificateView.COLLECTION))
                    .containsExactlyInAnyOrderElementsOf(certificates);
        });
    }
}
