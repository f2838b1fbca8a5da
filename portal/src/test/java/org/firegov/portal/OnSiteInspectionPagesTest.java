package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** Inspections with checklists (监督检查): the brigade's forms, and what the API's answers read as. */
class OnSiteInspectionPagesTest extends PortalTest {

    private static final String INSPECTION = "{\"inspectionId\":\"in-1\",\"unitId\":\"91500238MA5U7K3L74\","
            + "\"town\":\"xiabao\",\"inspectors\":[\"张三\",\"李四\"],\"inspectedOn\":\"2026-11-20\",\"status\":\"%s\","
            + "\"items\":[{\"code\":\"EXITS\",\"text\":\"安全出口畅通\",\"result\":\"FAIL\",\"hazardId\":%s},"
            + "{\"code\":\"ALARM\",\"text\":\"火灾报警系统完好\",\"result\":\"PASS\"}],\"hazardsRaised\":0}";

    @Test
    void an_open_inspection_shows_its_checklist_with_labelled_finding_controls_and_a_hazard_form_for_a_failed_item()
            throws Exception {
        services.json("/api/inspection/inspections/in-1", INSPECTION.formatted("IN_PROGRESS", "null"));

        String page = get("/portal/inspections/in-1", Tokens.brigade()).body();

        assertThat(page).contains("安全出口畅通", "火灾报警系统完好", "张三、李四", "2026年11月20日", "检查中",
                "<label class=\"visually-hidden\" for=\"result-EXITS\">", "name=\"result.EXITS\"",
                "hx-post=\"/portal/inspections/in-1/findings/EXITS/hazard\"", "id=\"complete-inspection\"")
                .doesNotContain("findings/ALARM/hazard");

        String town = get("/portal/inspections/in-1", Tokens.town("xiabao")).body();
        assertThat(town).contains("安全出口畅通", "不合格").doesNotContain("name=\"result.EXITS\"", "complete-inspection");
    }

    @Test
    void findings_are_sent_per_item_and_a_refused_completion_reads_as_a_message() throws Exception {
        services.json("/api/inspection/inspections/in-2/findings", "{}");
        services.json("/api/inspection/inspections/in-2", INSPECTION.formatted("IN_PROGRESS", "null")
                .replace("in-1", "in-2"));
        HttpResponse<String> saved = post("/portal/inspections/in-2/findings", Tokens.brigade(),
                "result.EXITS=FAIL&note.EXITS=&result.ALARM=PASS&note.ALARM=");
        assertThat(saved.statusCode()).isEqualTo(204);
        assertThat(saved.headers().firstValue("HX-Redirect")).hasValue("/portal/inspections/in-2?done=findings-recorded");

        services.problem("/api/inspection/inspections/in-2/completion", 422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"code\":\"items-unanswered\"}");
        HttpResponse<String> refused = post("/portal/inspections/in-2/completion", Tokens.brigade(), "");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("还有检查项未填写结果。");
    }

    @Test
    void an_inspection_outside_the_users_area_is_not_found() throws Exception {
        HttpResponse<String> page = get("/portal/inspections/elsewhere", Tokens.department("education"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("未找到");
    }

    @Test
    void completed_inspections_are_public_without_a_token_and_filter_by_plan() throws Exception {
        services.json("/api/inspection/public/inspections", "{\"items\":[{\"unitName\":\"下堡镇中心小学\","
                + "\"inspectedOn\":\"2026-11-20\",\"result\":\"FAILED\",\"hazards\":1,\"planId\":\"p-9\"}],\"total\":1}");

        HttpResponse<String> page = get("/public/inspections?planId=p-9", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("监督检查结果公开", "下堡镇中心小学", "2026年11月20日", "检查不合格",
                "href=\"/public/plans?id=p-9\"", "<label for=\"results-plan\">");
        assertThat(services.authorizationOf("/api/inspection/public/inspections")).isEqualTo("none");
    }
}
