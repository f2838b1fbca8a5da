package org.firegov.training.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.testkit.ApiClient;
import org.firegov.testkit.FireGovServiceTest;
import org.firegov.testkit.Tokens;
import org.firegov.training.base.BaseView;
import org.firegov.training.course.CourseView;
import org.firegov.training.survey.SurveyViews.SurveyView;
import org.firegov.training.volunteer.VolunteerViews.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The demo year and the plan's sites are seeded once, marked demo, through the command path. */
@FireGovServiceTest
class DemoYearSeedIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DemoYearSeed seed;

    private long demos(String collection) {
        return mongo.count(Query.query(Criteria.where("demo").is(true)), collection);
    }

    @Test
    void demo_courses_sites_a_volunteer_team_and_a_survey_are_seeded_once() {
        await().atMost(Duration.ofSeconds(60)).until(() -> demos(CourseView.COLLECTION) == 4
                && demos(BaseView.COLLECTION) == 2 && demos(Team.COLLECTION) == 1
                && demos(SurveyView.COLLECTION) == 1);
        seed.run(null);
        assertThat(demos(CourseView.COLLECTION)).isEqualTo(4);
        assertThat(demos(BaseView.COLLECTION)).isEqualTo(2);

        ApiClient api = new ApiClient(port);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode certified = api.get("/api/training/certificates?targetGroup=RESCUE_SPECIALISTS&size=200",
                    Tokens.brigade()).body();
            assertThat(certified.get("total").asLong()).isGreaterThanOrEqualTo(2);
        });
        assertThat(api.get("/api/training/public/surveys", null).body().findValuesAsText("title"))
                .contains("消防安全常识知晓率调查（演示）");
        assertThat(api.get("/api/training/public/education-bases?town=fenghuang", null).body()
                .findValuesAsText("name")).contains("巫溪县应急消防科普教育基地", "巫溪县消防文化主题公园");
    }

    @Test
    void the_local_stacks_demo_unit_sees_its_manager_certified_a_colleague_and_a_coming_session() {
        ApiClient api = new ApiClient(port);
        String unit = Tokens.unit(DemoUnitTrainings.DEMO_UNIT);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode mine = api.get("/api/training/units/me/trainings", unit).body();
            assertThat(mine.get("trainees").findValuesAsText("name")).containsExactly("周安全（演示）", "演示学员（本单位）");
            assertThat(mine.get("trainees").get(0).get("certificate").get("valid").asBoolean()).isTrue();
            assertThat(mine.get("trainees").get(0).get("hoursAttended").asDouble()).isEqualTo(6.0);
            assertThat(mine.get("comingSessions").findValuesAsText("courseTitle"))
                    .containsExactly(DemoUnitTrainings.TITLE);
            assertThat(mine.get("targetGroups").get(1).get("certified").asBoolean()).isTrue();
        });
        assertThat(api.get("/api/training/courses/" + DemoUnitTrainings.COURSE_ID, unit).body().get("demo")
                .asBoolean()).isTrue();
    }
}
