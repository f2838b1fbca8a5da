package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The plan targets' mid-term and final reports (规划中期评估、终期验收), against a stand-in API. */
class PlanReportPagesTest extends PortalTest {

    private static final String FINAL = "{\"stage\":\"FINAL\",\"asOf\":\"2025-12-31\",\"provisional\":false,"
            + "\"summary\":{\"ACHIEVED\":1,\"MISSED\":1},\"targets\":["
            + "{\"code\":\"hydrant-coverage\",\"title\":\"市政消火栓建有率\",\"planText\":\"达到100%\",\"target\":100.0,"
            + "\"value\":92.5,\"unit\":\"%\",\"deadline\":\"2025-12-31\",\"status\":\"MISSED\","
            + "\"objects\":[\"hyd-17\",\"hyd-18\"],\"basis\":\"built / required\","
            + "\"parts\":[{\"key\":\"xiabao\",\"value\":85.0,\"objects\":[\"hyd-17\"]}]},"
            + "{\"code\":\"fire-deaths\",\"title\":\"十万人口火灾死亡率\",\"planText\":\"控制在0.15以内\",\"target\":0.15,"
            + "\"value\":0.1,\"unit\":\"人/10万人\",\"deadline\":\"2025-12-31\",\"status\":\"ACHIEVED\","
            + "\"objects\":[],\"basis\":\"fire deaths\",\"parts\":[]}]}";

    @Test
    void the_final_report_shows_each_targets_status_with_its_evidence_ids_and_the_summary() throws Exception {
        services.json("/api/accountability/plan-targets/report/FINAL", FINAL);
        String committee = Tokens.committee();

        HttpResponse<String> page = get("/portal/committee/plan/report/FINAL", committee);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("规划终期验收报告", "2025年12月31日", "各状态指标数量", "已完成", "未完成",
                "市政消火栓建有率", "92.5", "下堡镇", "85.0", "共 2 条记录", "<code>hyd-17</code>", "<code>hyd-18</code>",
                "十万人口火灾死亡率", "该报告暂不提供导出文件").doesNotContain("阶段性结果");
        assertThat(page.body()).containsPattern("(?s)<th scope=\"row\">未完成</th>\\s*<td>1</td>");
        assertThat(services.authorizationOf("/api/accountability/plan-targets/report/FINAL"))
                .isEqualTo("Bearer " + committee);

        assertThat(get("/portal/committee/plan/report/FINAL?lang=en", committee).body())
                .contains("Final acceptance of the plan", "2025-12-31", "Missed", "Achieved", "2 records", "Xiabao");
    }

    @Test
    void a_report_before_its_day_is_marked_provisional_and_the_plan_page_links_both_reports() throws Exception {
        services.json("/api/accountability/plan-targets/report/MIDTERM", "{\"stage\":\"MIDTERM\",\"asOf\":\"2023-06-30\","
                + "\"provisional\":true,\"summary\":{},\"targets\":[]}");

        String report = get("/portal/committee/plan/report/MIDTERM", Tokens.town("xiabao")).body();
        assertThat(report).contains("规划中期评估报告", "阶段性结果", "2023年6月30日", "暂无记录");

        services.json("/api/accountability/plan-targets", "[]");
        services.json("/api/inspection/incidents/statistics", "{\"byYear\":[],\"byTown\":[]}");
        assertThat(get("/portal/committee/plan", Tokens.committee()).body()).contains(
                "href=\"/portal/committee/plan/report/MIDTERM\"", "href=\"/portal/committee/plan/report/FINAL\"");
    }

    @Test
    void a_stage_the_plan_does_not_have_reads_as_not_found_without_asking_the_api() throws Exception {
        HttpResponse<String> page = get("/portal/committee/plan/report/HALFWAY", Tokens.committee());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("未找到");
        assertThat(services.authorizationOf("/api/accountability/plan-targets/report/HALFWAY")).isNull();
    }
}
