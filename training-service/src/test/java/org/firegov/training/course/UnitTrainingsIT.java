package org.firegov.training.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.ApiClient.Reply;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.firegov.training.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A unit (社会单位) reads its own trainings: its people, their hours and certificates — never another unit's. */
@FireGovServiceTest
class UnitTrainingsIT {

    private static final LocalDate TODAY = County.today();
    private static final String OURS = "91500238MAUT0001OU";
    private static final String THEIRS = "91500238MAUT0002TH";
    private static final String OTHER = "91500238MAUT0003OU";
    private static final String OTHERS = "91500238MAUT0004TH";
    private static final String NOBODY = "91500238MAUT0005NB";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** A 明白人 course in Dahe: a past session of 3 h and one in ten days; our 张三 and their 李四, both certified. */
    private String courseWithTwoUnits(String ours, String theirs) {
        String brigade = Tokens.brigade();
        Reply planned = api.post("/api/training/courses", brigade, Map.of("title", "单位“明白人”培训",
                "targetGroup", "UNIT_MANAGERS", "town", "dahe", "passMark", 60, "certificateValidityMonths", 12));
        String course = planned.body().get("courseId").asText();
        String past = api.post("/api/training/courses/" + course + "/sessions", brigade,
                Map.of("date", TODAY.minusDays(2).toString(), "hours", 3, "place", "大河乡会议室"))
                .body().get("sessionId").asText();
        assertThat(api.post("/api/training/courses/" + course + "/sessions", brigade,
                Map.of("date", TODAY.plusDays(10).toString(), "hours", 2, "place", "大河乡消防站")).status())
                .isEqualTo(201);
        for (String[] trainee : new String[][] {{"u-1", "张三", ours}, {"u-2", "李四", theirs}}) {
            assertThat(api.post("/api/training/courses/" + course + "/enrolments", brigade,
                    Map.of("traineeId", trainee[0], "name", trainee[1], "unitId", trainee[2])).status())
                    .isEqualTo(201);
            assertThat(api.post("/api/training/courses/" + course + "/sessions/" + past + "/attendance", brigade,
                    Map.of("traineeId", trainee[0])).status()).isEqualTo(204);
            assertThat(api.post("/api/training/courses/" + course + "/exams", brigade,
                    Map.of("traineeId", trainee[0], "score", 80, "examDate", TODAY.toString())).status())
                    .isEqualTo(200);
        }
        return course;
    }

    @Test
    void a_unit_sees_its_own_people_hours_certificates_and_coming_sessions_and_nobody_elses() {
        String course = courseWithTwoUnits(OURS, THEIRS);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/training/units/me/trainings",
                Tokens.unit(THEIRS)).body().get("trainees").findValuesAsText("certificateNo").size() == 1);

        JsonNode ours = api.get("/api/training/units/me/trainings", Tokens.unit(OURS)).body();
        assertThat(ours.get("unitId").asText()).isEqualTo(OURS);
        JsonNode zhang = ours.get("trainees").get(0);
        assertThat(ours.get("trainees")).hasSize(1);
        assertThat(zhang.get("name").asText()).isEqualTo("张三");
        assertThat(zhang.get("courseTitle").asText()).isEqualTo("单位“明白人”培训");
        assertThat(zhang.get("hoursAttended").asDouble()).isEqualTo(3.0);
        assertThat(zhang.get("sessionsAttended").asInt()).isEqualTo(1);
        assertThat(zhang.get("certificate").get("expiresOn").asText()).isEqualTo(TODAY.plusMonths(12).toString());
        assertThat(zhang.get("certificate").get("valid").asBoolean()).isTrue();
        assertThat(ours.toString()).doesNotContain("李四", "u-2");
        assertThat(ours.get("comingSessions").findValuesAsText("place")).containsExactly("大河乡消防站");
        assertThat(ours.get("targetGroups").findValuesAsText("targetGroup"))
                .containsExactly("UNIT_RESPONSIBLE_PERSONS", "UNIT_MANAGERS");
        assertThat(ours.get("targetGroups").get(0).get("certified").asBoolean()).isFalse();
        assertThat(ours.get("targetGroups").get(1).get("certified").asBoolean()).isTrue();
        assertThat(ours.get("targetGroups").get(1).get("validCertificates").asLong()).isEqualTo(1);

        assertThat(api.get("/api/training/courses/" + course + "/trainees", Tokens.unit(OURS)).body()
                .findValuesAsText("name")).containsExactly("张三");
        assertThat(api.get("/api/training/courses/" + course + "/trainees", Tokens.town("dahe")).body()
                .findValuesAsText("name")).containsExactly("张三", "李四");
        assertThat(api.get("/api/training/certificates", Tokens.unit(OURS)).body().get("items")
                .findValuesAsText("name")).containsExactly("张三");
        assertThat(api.get("/api/training/courses", Tokens.unit(OURS)).body().get("items")
                .findValuesAsText("courseId")).containsExactly(course);
        assertThat(api.get("/api/training/courses/" + course, Tokens.unit(OURS)).body().get("title").asText())
                .isEqualTo("单位“明白人”培训");
    }

    @Test
    void a_unit_without_people_in_a_course_cannot_reach_it_and_has_nothing_certified() {
        String course = courseWithTwoUnits(OTHER, OTHERS);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/training/units/me/trainings",
                Tokens.unit(OTHER)).body().get("trainees").size() == 1);

        assertThat(api.get("/api/training/courses/" + course, Tokens.unit(NOBODY)).status()).isEqualTo(404);
        assertThat(api.get("/api/training/courses/" + course + "/trainees", Tokens.unit(NOBODY)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/training/courses", Tokens.unit(NOBODY)).body().get("total").asLong()).isZero();
        assertThat(api.get("/api/training/certificates", Tokens.unit(NOBODY)).body().get("total").asLong()).isZero();
        JsonNode none = api.get("/api/training/units/me/trainings", Tokens.unit(NOBODY)).body();
        assertThat(none.get("trainees")).isEmpty();
        assertThat(none.get("comingSessions")).isEmpty();
        assertThat(none.get("targetGroups").findValuesAsText("certified")).containsOnly("false");

        assertThat(api.get("/api/training/courses/" + course, Tokens.town("xiabao")).status()).isEqualTo(404);
        assertThat(api.get("/api/training/units/me/trainings", Tokens.committee()).status()).isEqualTo(403);
        assertThat(api.get("/api/training/units/me/trainings", Tokens.town("dahe")).status()).isEqualTo(403);
        assertThat(api.get("/api/training/units/me/trainings", Tokens.govPlatform()).status()).isEqualTo(403);
        assertThat(api.post("/api/training/courses/" + course + "/enrolments", Tokens.unit(OTHER),
                Map.of("traineeId", "u-3", "name", "王五", "unitId", OTHER)).status()).isEqualTo(403);
        assertThat(api.get("/api/training/campaigns", Tokens.unit(OTHER)).status()).isEqualTo(403);
    }

    @Test
    void bad_filters_of_a_unit_are_answered_400_with_the_field_named() {
        Reply group = api.get("/api/training/certificates?targetGroup=KIDS", Tokens.unit(OURS));
        assertThat(group.status()).isEqualTo(400);
        assertThat(group.errorFields()).containsExactly("targetGroup");
        Reply valid = api.get("/api/training/certificates?valid=perhaps", Tokens.unit(OURS));
        assertThat(valid.status()).isEqualTo(400);
        assertThat(valid.errorFields()).containsExactly("valid");
    }
}
