package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** Self-inspection coverage (单位自查覆盖率) and the units that missed the last half year, against a stand-in API. */
class SelfInspectionCoveragePagesTest extends PortalTest {

    private static final String COVERAGE = "/api/inspection/self-inspections/coverage";
    private static final String MISSED = "/api/inspection/self-inspections/missed";

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String THIS_HALF = TODAY.getYear() + "-H" + (TODAY.getMonthValue() <= 6 ? 1 : 2);
    private static final String LAST_HALF = TODAY.getMonthValue() <= 6 ? (TODAY.getYear() - 1) + "-H2"
            : TODAY.getYear() + "-H1";

    private static void answers(String period) {
        services.json("/api/inspection/units", "{\"items\":[{\"unitId\":\"91500238MA5U7K3L74\",\"name\":\"下堡镇中心小学\","
                + "\"town\":\"xiabao\"},{\"unitId\":\"91500238MA60000001\",\"name\":\"通城镇中学\",\"town\":\"tongcheng\"}],"
                + "\"page\":0,\"size\":200,\"total\":2}");
        services.json(COVERAGE, "{\"period\":\"" + period + "\",\"total\":{\"key\":\"county\",\"active\":4,\"submitted\":3,"
                + "\"rate\":0.75,\"missing\":[\"91500238MA5U7K3L74\"]},\"perTown\":["
                + "{\"key\":\"xiabao\",\"active\":2,\"submitted\":1,\"rate\":0.5,\"missing\":[\"91500238MA5U7K3L74\"]},"
                + "{\"key\":\"tongcheng\",\"active\":2,\"submitted\":2,\"rate\":1.0,\"missing\":[]}],"
                + "\"perDepartment\":[{\"key\":\"education\",\"active\":4,\"submitted\":3,\"rate\":0.75,"
                + "\"missing\":[\"91500238MA5U7K3L74\"]}]}");
        services.json(MISSED, "{\"half\":\"" + LAST_HALF + "\",\"missed\":1,\"perTown\":[{\"key\":\"tongcheng\","
                + "\"missed\":1,\"units\":[\"91500238MA60000001\"]}],\"perDepartment\":[{\"key\":\"education\","
                + "\"missed\":1,\"units\":[\"91500238MA60000001\"]}]}");
    }

    @Test
    void a_department_sees_this_half_years_coverage_and_who_missed_the_last_half_year() throws Exception {
        answers(THIS_HALF);
        String department = Tokens.department("education");

        HttpResponse<String> page = get("/portal/self-inspections/coverage", department);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("单位自查覆盖率", "75.0%", "按乡镇（街道）", "按行业部门", "下堡镇", "50.0%",
                "通城镇", "100.0%", "县教委", "下堡镇中心小学", "未开展自查的单位", "共 1 家单位。", "通城镇中学",
                "<label for=\"coverage-half\">半年度</label>", "<label for=\"coverage-month\">月份</label>");
        assertThat(page.body()).contains((THIS_HALF.endsWith("H1") ? THIS_HALF.substring(0, 4) + "年上半年"
                : THIS_HALF.substring(0, 4) + "年下半年") + "单位自查覆盖率");
        assertThat(services.queryOf(COVERAGE)).isEqualTo("half=" + THIS_HALF);
        assertThat(services.queryOf(MISSED)).isEqualTo("half=" + LAST_HALF);
        assertThat(services.authorizationOf(COVERAGE)).isEqualTo("Bearer " + department);
        assertThat(services.authorizationOf(MISSED)).isEqualTo("Bearer " + department);

        assertThat(get("/portal/self-inspections/coverage?lang=en", department).body()).contains(
                "Self-inspection coverage, H", "By town", "Xiabao", "Units that missed H", "1 units in all.");
    }

    @Test
    void a_month_is_asked_for_as_a_month_and_the_town_sees_what_the_api_gives_it() throws Exception {
        answers("2026-05");
        services.json(COVERAGE, "{\"period\":\"2026-05\",\"total\":{\"key\":\"county\",\"active\":2,\"submitted\":2,"
                + "\"rate\":1.0,\"missing\":[]},\"perTown\":[{\"key\":\"xiabao\",\"active\":2,\"submitted\":2,\"rate\":1.0,"
                + "\"missing\":[]}],\"perDepartment\":[]}");
        services.json(MISSED, "{\"half\":\"" + LAST_HALF + "\",\"missed\":0,\"perTown\":[],\"perDepartment\":[]}");
        String town = Tokens.town("xiabao");

        String page = get("/portal/self-inspections/coverage?period=2026-05", town).body();

        assertThat(services.queryOf(COVERAGE)).isEqualTo("period=2026-05");
        assertThat(page).contains("2026年5月单位自查覆盖率", "下堡镇", "100.0%", "共 0 家单位。", "没有未自查的单位",
                "value=\"2026-05\"").doesNotContain("通城镇");
        assertThat(services.authorizationOf(COVERAGE)).isEqualTo("Bearer " + town);
    }

    @Test
    void a_month_the_api_refuses_is_shown_with_its_field() throws Exception {
        answers(THIS_HALF);
        services.problem(COVERAGE, 400, "{\"title\":\"Bad Request\",\"status\":400,\"errors\":[{\"field\":\"period\","
                + "\"message\":\"must be a month such as 2026-05\"}]}");

        HttpResponse<String> page = get("/portal/self-inspections/coverage?period=2026-5", Tokens.town("xiabao"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("自查月份", "must be a month such as 2026-05");
    }

    @Test
    void the_department_and_town_portals_link_the_coverage() throws Exception {
        services.json("/api/inspection/units", "{\"items\":[],\"page\":0,\"size\":200,\"total\":0}");
        services.json("/api/inspection/hazards", "{\"items\":[],\"page\":0,\"size\":200,\"total\":0}");
        services.json("/api/accountability/tasks", "{\"items\":[],\"page\":0,\"size\":200,\"total\":0}");
        services.json("/api/training/campaigns", "{\"items\":[],\"page\":0,\"size\":100,\"total\":0}");

        assertThat(get("/portal/department", Tokens.department("education")).body())
                .contains("href=\"/portal/self-inspections/coverage\"");
    }
}
