package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The brigade's triage of citizens' reports given by address: the list with contact, place at a unit, dismiss. */
class CitizenReportTriagePagesTest extends PortalTest {

    private static final String API = "/api/inspection/citizen-reports";
    private static final String REPORT = "{\"reportId\":\"r-1\",\"trackingCode\":\"ABCD-EFGH-JKMN\",\"town\":\"dahe\","
            + "\"address\":\"老街12号\",\"description\":\"门面里住人，电动车在室内充电\",\"contact\":\"13800138000\","
            + "\"status\":\"%s\",\"receivedAt\":\"2026-11-29T08:20:00Z\"}";

    @Test
    void the_unplaced_reports_are_listed_with_labelled_forms_and_placing_one_opens_its_hazard() throws Exception {
        services.json(API, "{\"items\":[" + REPORT.formatted("UNPLACED") + "],\"total\":1}");
        String brigade = Tokens.brigade();

        HttpResponse<String> page = get("/portal/citizen-reports", brigade);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("待定位的群众举报", "大河乡", "老街12号", "电动车在室内充电", "13800138000",
                "2026年11月29日 16:20", "<label for=\"place-unit-r-1\">", "<label for=\"dismiss-reason-r-1\">");
        assertThat(services.authorizationOf(API)).isEqualTo("Bearer " + brigade);

        services.json(API + "/r-1/placement", "{\"hazardId\":\"h-9\"}");
        services.json(API + "/r-1", REPORT.formatted("PLACED"));
        HttpResponse<String> placed = post("/portal/citizen-reports/r-1/placement", brigade,
                "unitId=91500238MA5U7K3L74");
        assertThat(placed.statusCode()).isEqualTo(204);
        assertThat(placed.headers().firstValue("HX-Redirect")).hasValue("/portal/hazards/h-9?done=citizen-report-placed");
        assertThat(services.bodyOf(API + "/r-1/placement")).isEqualTo("{\"unitId\":\"91500238MA5U7K3L74\"}");
    }

    @Test
    void a_dismissal_sends_the_reason_and_a_report_handled_meanwhile_is_a_message() throws Exception {
        services.json(API + "/r-2/dismissal", "{}");
        services.json(API + "/r-2", REPORT.formatted("DISMISSED"));
        HttpResponse<String> dismissed = post("/portal/citizen-reports/r-2/dismissal", Tokens.brigade(),
                "reason=" + java.net.URLEncoder.encode("地点不明", StandardCharsets.UTF_8));
        assertThat(dismissed.headers().firstValue("HX-Redirect"))
                .hasValue("/portal/citizen-reports?done=citizen-report-dismissed");
        assertThat(new String(services.bodyOf(API + "/r-2/dismissal").getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8)).isEqualTo("{\"reason\":\"地点不明\"}");

        services.problem(API + "/r-3/placement", 409,
                "{\"title\":\"Conflict\",\"status\":409,\"code\":\"report-already-placed\"}");
        HttpResponse<String> late = post("/portal/citizen-reports/r-3/placement", Tokens.brigade(),
                "unitId=91500238MA5U7K3L74");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("该举报已登记为隐患。");
    }
}
