package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The committee dashboard's awareness rates (知晓率) and fires per town, against a stand-in API. */
class CommitteeDashboardPagesTest extends PortalTest {

    private static final String SURVEYS = "[{\"surveyId\":\"s-2026\",\"title\":\"2026年消防安全知晓率调查\",\"status\":\"OPEN\","
            + "\"respondents\":30},{\"surveyId\":\"s-2025\",\"title\":\"2025年消防安全知晓率调查\",\"status\":\"CLOSED\","
            + "\"respondents\":120}]";

    private static String results(String surveyId, String title) {
        return "{\"surveyId\":\"" + surveyId + "\",\"title\":\"" + title + "\",\"passMark\":60,\"status\":\"OPEN\","
                + "\"county\":{\"town\":null,\"respondents\":30,\"passed\":24,\"awarenessRate\":80.0,\"meanScore\":71.3},"
                + "\"towns\":[{\"town\":\"xiabao\",\"respondents\":10,\"passed\":9,\"awarenessRate\":90.0,\"meanScore\":82.5},"
                + "{\"town\":\"dahe\",\"respondents\":20,\"passed\":15,\"awarenessRate\":75.0,\"meanScore\":65.7}]}";
    }

    @Test
    void the_newest_surveys_awareness_rate_shows_per_town_and_for_the_county() throws Exception {
        dashboardAnswers();
        services.json("/api/training/surveys", SURVEYS);
        services.json("/api/training/surveys/s-2026/results", results("s-2026", "2026年消防安全知晓率调查"));
        String committee = Tokens.committee();

        HttpResponse<String> page = get("/portal/committee?year=2026", committee);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("消防安全知晓率", "2026年消防安全知晓率调查", "进行中", "达标分数 60 分",
                "各乡镇（街道）知晓率", "下堡镇", "90.0%", "82.5", "大河乡", "75.0%", "全县", "80.0%", "71.3",
                "<label for=\"survey\">调查</label>", "<option value=\"s-2026\" selected=\"selected\">");
        assertThat(services.authorizationOf("/api/training/surveys/s-2026/results")).isEqualTo("Bearer " + committee);

        assertThat(get("/portal/committee?year=2026&lang=en", committee).body()).contains("Fire-safety awareness",
                "Awareness rate by town", "Xiabao", "90.0%", "County", "pass mark 60 points");
    }

    @Test
    void another_survey_can_be_chosen_and_no_survey_reads_as_such() throws Exception {
        dashboardAnswers();
        services.json("/api/training/surveys", SURVEYS);
        services.json("/api/training/surveys/s-2025/results", results("s-2025", "2025年消防安全知晓率调查"));

        assertThat(get("/portal/committee?year=2026&survey=s-2025", Tokens.brigade()).body())
                .contains("<option value=\"s-2025\" selected=\"selected\">", "<strong>2025年消防安全知晓率调查</strong>");

        services.json("/api/training/surveys", "[]");
        assertThat(get("/portal/committee?year=2026", Tokens.committee()).body()).contains("还没有知晓率调查。")
                .doesNotContain("id=\"survey\"");
    }

    @Test
    void the_years_fires_show_per_town_with_the_county_total() throws Exception {
        dashboardAnswers();
        services.json("/api/inspection/incidents/statistics", "{\"byYear\":[{\"key\":\"2026\",\"fires\":12,"
                + "\"majorFires\":1,\"deaths\":1,\"injuries\":3,\"directLossYuan\":1250000,\"alarms\":140,"
                + "\"historical\":false}],\"byTown\":[{\"key\":\"xiabao\",\"fires\":5,\"majorFires\":1,\"deaths\":1,"
                + "\"injuries\":2,\"directLossYuan\":800000,\"alarms\":41,\"historical\":false}]}");
        String committee = Tokens.committee();

        String page = get("/portal/committee?year=2026", committee).body();

        assertThat(page).contains("2026年火灾统计", "2026年各乡镇（街道）火灾与警情", "下堡镇", "<td>5</td>", "80.0",
                "<td>41</td>", "<td>12</td>", "125.0", "<td>140</td>").doesNotContain("2,026");
        assertThat(services.queryOf("/api/inspection/incidents/statistics")).isEqualTo("from=2026&to=2026");
        assertThat(services.authorizationOf("/api/inspection/incidents/statistics")).isEqualTo("Bearer " + committee);
        assertThat(get("/portal/committee?year=2026&lang=en", committee).body())
                .contains("Fires and call-outs by town in 2026", "Xiabao");
    }

    @Test
    void a_survey_outside_reach_reads_as_not_found() throws Exception {
        dashboardAnswers();
        services.json("/api/training/surveys", SURVEYS);

        HttpResponse<String> page = get("/portal/committee?year=2026&survey=unknown", Tokens.committee());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("未找到");
    }
}
