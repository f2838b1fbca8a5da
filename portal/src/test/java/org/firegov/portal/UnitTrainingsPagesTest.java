package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The unit's trainings (本单位培训): its people with courses, hours and certificates, and the key-group summary. */
class UnitTrainingsPagesTest extends PortalTest {

    private static final String UNIT = "91500238MA5U7K3L74";
    private static final String TRAININGS = "{\"unitId\":\"91500238MA5U7K3L74\",\"trainees\":["
            + "{\"courseId\":\"c-1\",\"courseTitle\":\"消防安全“明白人”培训\",\"targetGroup\":\"UNIT_MANAGERS\","
            + "\"town\":\"xiabao\",\"traineeId\":\"t-1\",\"name\":\"王五\",\"hoursAttended\":6.0,\"sessionsAttended\":2,"
            + "\"lastScore\":86,\"lastExamDate\":\"2026-05-12\",\"passed\":true,\"certificate\":{\"certificateNo\":"
            + "\"WX-2026-AB12CD34\",\"issuedOn\":\"2026-05-12\",\"expiresOn\":\"2028-05-12\",\"valid\":true}},"
            + "{\"courseId\":\"c-1\",\"courseTitle\":\"消防安全“明白人”培训\",\"targetGroup\":\"UNIT_MANAGERS\","
            + "\"town\":\"xiabao\",\"traineeId\":\"t-3\",\"name\":\"赵六\",\"hoursAttended\":3.0,\"sessionsAttended\":1,"
            + "\"lastScore\":55,\"lastExamDate\":\"2026-05-12\",\"passed\":false,\"certificate\":null}],"
            + "\"comingSessions\":[{\"courseId\":\"c-1\",\"courseTitle\":\"消防安全“明白人”培训\",\"sessionId\":\"s-9\","
            + "\"date\":\"2026-12-10\",\"hours\":2.5,\"place\":\"下堡镇政府会议室\"}],"
            + "\"targetGroups\":[{\"targetGroup\":\"UNIT_RESPONSIBLE_PERSONS\",\"planGroup\":true,\"enrolled\":0,"
            + "\"validCertificates\":0,\"certified\":false},{\"targetGroup\":\"UNIT_MANAGERS\",\"planGroup\":true,"
            + "\"enrolled\":2,\"validCertificates\":1,\"certified\":true}]}";

    @Test
    void the_unit_sees_its_people_courses_hours_certificates_and_the_key_groups_with_its_token() throws Exception {
        services.json("/api/training/units/me/trainings", TRAININGS);
        String unit = Tokens.unit(UNIT);

        HttpResponse<String> page = get("/portal/unit/trainings", unit);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(services.authorizationOf("/api/training/units/me/trainings")).isEqualTo("Bearer " + unit);
        assertThat(page.body()).contains("<h1>本单位培训</h1>", "<caption>按重点人群的培训情况</caption>",
                        "<caption>本单位参训人员</caption>", "<caption>即将开展的培训</caption>")
                .contains("单位消防安全责任人", "尚无人员持有效证书", "单位消防安全管理人（“明白人”）",
                        "已有人员持有效证书", "（规划要求）")
                .contains("王五", "href=\"/portal/unit/trainings/courses/c-1\"", "6.0", "86 合格", "WX-2026-AB12CD34",
                        "2026年5月12日", "2028年5月12日", "赵六", "55 不合格")
                .contains("2026年12月10日", "下堡镇政府会议室");

        String english = get("/portal/unit/trainings?lang=en", unit).body();
        assertThat(english).contains("<h1>Our trainings</h1>", "Training by key group", "Our people in training",
                "Units&#39; fire-safety managers", "Someone holds a valid certificate", "86 passed", "2028-05-12",
                "Coming sessions");

        services.json("/api/inspection/units/91500238MA5U7K3L74", "{\"unitId\":\"91500238MA5U7K3L74\","
                + "\"name\":\"下堡镇中心小学\",\"address\":\"下堡镇\",\"town\":\"xiabao\",\"riskGrade\":\"KEY\"}");
        services.json("/api/inspection/hazards", "{\"items\":[],\"total\":0}");
        services.json("/api/training/drills", "[]");
        assertThat(get("/portal/unit", unit).body()).contains("href=\"/portal/unit/trainings\"",
                "本单位参加的消防安全培训与证书");
    }

    @Test
    void without_trainings_the_tables_say_so() throws Exception {
        services.json("/api/training/units/me/trainings", "{\"unitId\":\"91500238MA5U7K3L74\",\"trainees\":[],"
                + "\"comingSessions\":[],\"targetGroups\":[{\"targetGroup\":\"UNIT_MANAGERS\",\"planGroup\":true,"
                + "\"enrolled\":0,\"validCertificates\":0,\"certified\":false}]}");

        String page = get("/portal/unit/trainings", Tokens.unit(UNIT)).body();

        assertThat(page).contains("本单位暂无人员参加培训。", "暂无记录", "尚无人员持有效证书");
        assertThat(get("/portal/unit/trainings?lang=en", Tokens.unit(UNIT)).body())
                .contains("None of your unit&#39;s people is enrolled in a course yet.");
    }

    @Test
    void a_course_shows_its_sessions_and_only_what_the_api_gives_of_its_trainees() throws Exception {
        services.json("/api/training/courses/c-1", "{\"courseId\":\"c-1\",\"title\":\"消防安全“明白人”培训\","
                + "\"targetGroup\":\"UNIT_MANAGERS\",\"town\":\"xiabao\",\"passMark\":60,\"certificateValidityMonths\":24,"
                + "\"sessions\":[{\"sessionId\":\"s-1\",\"date\":\"2026-05-01\",\"hours\":3.0,\"place\":\"下堡镇文化站\"}],"
                + "\"enrolled\":4,\"certified\":2}");
        services.json("/api/training/courses/c-1/trainees", "[{\"traineeId\":\"t-1\",\"name\":\"王五\","
                + "\"unitId\":\"91500238MA5U7K3L74\",\"hoursAttended\":3.0,\"sessionsAttended\":1,\"lastScore\":86,"
                + "\"passed\":true,\"certificateNo\":\"WX-2026-AB12CD34\"}]");
        String unit = Tokens.unit(UNIT);

        HttpResponse<String> page = get("/portal/unit/trainings/courses/c-1", unit);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(services.authorizationOf("/api/training/courses/c-1/trainees")).isEqualTo("Bearer " + unit);
        assertThat(page.body()).contains("<h1>消防安全“明白人”培训</h1>", "<caption>培训课次</caption>",
                "2026年5月1日", "下堡镇文化站", "24个月", "下堡镇", "<caption>本单位在此课程的学员</caption>", "王五",
                "WX-2026-AB12CD34", "href=\"/portal/unit/trainings\"");
        assertThat(get("/portal/unit/trainings/courses/c-1?lang=en", unit).body())
                .contains("Our people in this course", "24 months", "Pass mark");
    }

    @Test
    void another_units_course_reads_as_not_found() throws Exception {
        services.problem("/api/training/courses/c-other", 404,
                "{\"type\":\"https://firegov.wuxi.example/problems/not-found\",\"title\":\"Not Found\",\"status\":404}");

        HttpResponse<String> page = get("/portal/unit/trainings/courses/c-other", Tokens.unit(UNIT));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>未找到</h1>");
        assertThat(get("/portal/unit/trainings/courses/c-other?lang=en", Tokens.unit(UNIT)).body())
                .contains("Not found");
    }
}
