package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The committee's plan monitoring, fire statistics, trend by quarter and export links, against a stand-in API. */
class CommitteePlanPagesTest extends PortalTest {

    @Test
    void plan_targets_show_their_status_and_fire_statistics_include_the_plans_history() throws Exception {
        services.json("/api/accountability/plan-targets", "[{\"code\":\"fire-deaths\",\"title\":\"十万人口火灾死亡率\","
                + "\"planText\":\"控制在0.15以内\",\"target\":0.15,\"value\":0.2,\"unit\":\"人/10万人\","
                + "\"deadline\":\"2025-12-31\",\"status\":\"MISSED\",\"objects\":[],\"basis\":\"fire deaths\"}]");
        services.json("/api/inspection/incidents/statistics", "{\"byYear\":[{\"key\":\"2016\",\"fires\":76,"
                + "\"majorFires\":0,\"deaths\":0,\"injuries\":0,\"directLossYuan\":854000,\"alarms\":299,"
                + "\"historical\":true}],\"byTown\":[]}");
        String committee = Tokens.committee();

        HttpResponse<String> page = get("/portal/committee/plan", committee);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("十万人口火灾死亡率", "未完成", "2025年12月31日", "历年火灾与警情统计",
                "<td>76</td>", "85.4", "规划历史数据");
        assertThat(services.authorizationOf("/api/inspection/incidents/statistics")).isEqualTo("Bearer " + committee);
        assertThat(get("/portal/committee/plan?lang=en", committee).body()).contains("Missed", "Fires");
    }

    @Test
    void the_trend_by_quarter_loads_into_the_drill_down_and_the_exports_are_links_through_the_gateway()
            throws Exception {
        services.json("/api/accountability/scores/TOWN/xiabao", "{\"party\":{\"kind\":\"TOWN\",\"code\":\"xiabao\","
                + "\"nameZh\":\"下堡镇\",\"nameEn\":\"Xiabao\"},\"total\":88.5,\"grade\":\"GOOD\",\"rank\":2,\"indicators\":[]}");
        services.json("/api/accountability/scores/TOWN/xiabao/trend", "[{\"quarter\":1,\"asOf\":\"2026-03-31T15:59:59Z\","
                + "\"complete\":true,\"total\":80.0,\"grade\":\"GOOD\",\"vetoed\":false,\"rank\":3,\"points\":{}},"
                + "{\"quarter\":2,\"asOf\":\"2026-06-30T15:59:59Z\",\"complete\":false,\"total\":91.0,\"grade\":\"EXCELLENT\","
                + "\"vetoed\":false,\"rank\":1,\"points\":{}}]");

        String party = get("/portal/committee/scores/TOWN/xiabao?year=2026", Tokens.committee()).body();
        assertThat(party).contains("href=\"/api/accountability/exports/2026/TOWN/xiabao/report.pdf\"",
                "hx-get=\"/portal/committee/scores/TOWN/xiabao/trend?year=2026\"");

        String trend = get("/portal/committee/scores/TOWN/xiabao/trend?year=2026", Tokens.committee()).body();
        assertThat(trend).contains("季度得分走势", "第1季度", "80.0", "第2季度", "进行中", "优秀").doesNotContain("<html");

        dashboardAnswers();
        assertThat(get("/portal/committee?year=2026", Tokens.committee()).body())
                .contains("href=\"/api/accountability/exports/2026/assessment.xlsx\"");
    }

    @Test
    void a_trend_outside_the_users_area_reads_as_not_found() throws Exception {
        HttpResponse<String> page = get("/portal/committee/scores/TOWN/dahe/trend?year=2026", Tokens.town("xiabao"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("未找到");
    }
}
