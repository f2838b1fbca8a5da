package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** IoT alarms and incidents: the lists the API returns for the user's token, and the brigade's forms. */
class BrigadeOperationsPagesTest extends PortalTest {

    private static final String RAISED = "{\"alarmId\":\"a-1\",\"deviceId\":\"smoke-7\",\"unitId\":\"91500238MA5U7K3L74\","
            + "\"town\":\"xiabao\",\"kind\":\"FIRE\",\"value\":1.0,\"raisedAt\":\"2026-11-28T02:00:00Z\",\"status\":\"%s\"}";

    @Test
    void alarms_list_with_a_labelled_acknowledgement_form_and_an_acknowledgement_sends_htmx_back() throws Exception {
        services.json("/api/inspection/iot/alarms", "{\"items\":[" + RAISED.formatted("RAISED") + "],\"total\":1}");
        String brigade = Tokens.brigade();

        HttpResponse<String> page = get("/portal/alarms?status=RAISED", brigade);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("物联网报警", "火警", "smoke-7", "下堡镇", "待核查", "2026年11月28日 10:00",
                "<label for=\"verdict-a-1\">核查结论</label>", "误报", "hx-post=\"/portal/alarms/a-1/resolution\"");
        assertThat(services.authorizationOf("/api/inspection/iot/alarms")).isEqualTo("Bearer " + brigade);

        services.json("/api/inspection/iot/alarms/a-1/acknowledgement", "{}");
        services.json("/api/inspection/iot/alarms/a-1", RAISED.formatted("ACKNOWLEDGED"));
        HttpResponse<String> done = post("/portal/alarms/a-1/acknowledgement", brigade, "verdict=FALSE_ALARM&note=");
        assertThat(done.statusCode()).isEqualTo(204);
        assertThat(done.headers().firstValue("HX-Redirect")).hasValue("/portal/alarms?done=alarm-acknowledged");

        services.problem("/api/inspection/iot/alarms/a-2/resolution", 409,
                "{\"title\":\"Conflict\",\"status\":409,\"code\":\"alarm-not-open\"}");
        HttpResponse<String> conflict = post("/portal/alarms/a-2/resolution", brigade, "note=");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("该报警已处置完毕。");
    }

    @Test
    void incidents_list_and_only_the_brigade_gets_the_record_form() throws Exception {
        services.json("/api/inspection/incidents", "{\"items\":[{\"incidentId\":\"i-1\",\"town\":\"dahe\","
                + "\"occurredOn\":\"2026-10-02\",\"kind\":\"FIRE\",\"cause\":\"电气线路故障\",\"major\":false,"
                + "\"deaths\":0,\"injuries\":1,\"directLossYuan\":12000,\"historical\":false}],\"total\":1}");

        String brigadePage = get("/portal/incidents", Tokens.brigade()).body();
        assertThat(brigadePage).contains("火灾与警情", "电气线路故障", "大河乡", "2026年10月2日", "火灾扑救",
                "id=\"record-incident\"", "<label for=\"incident-kind\">类型</label>");
        assertThat(get("/portal/incidents", Tokens.town("dahe")).body()).contains("电气线路故障")
                .doesNotContain("id=\"record-incident\"");

        services.json("POST", "/api/inspection/incidents", "{\"incidentId\":\"i-9\"}");
        services.json("/api/inspection/incidents/i-9", "{\"incidentId\":\"i-9\",\"town\":\"dahe\"}");
        HttpResponse<String> recorded = post("/portal/incidents", Tokens.brigade(),
                "kind=FIRE&occurredOn=2026-11-01&town=dahe&cause=%E5%8E%A8%E6%88%BF&deaths=0&injuries=0&directLossYuan=0");
        assertThat(recorded.statusCode()).isEqualTo(204);
        assertThat(recorded.headers().firstValue("HX-Redirect")).hasValue("/portal/incidents?done=incident-recorded");
        assertThat(services.bodyOf("POST /api/inspection/incidents")).contains("\"town\":\"dahe\"", "\"kind\":\"FIRE\"");
        assertThat(services.authorizationOf("/api/inspection/incidents/i-9"))
                .as("the list is shown once the new incident can be read").startsWith("Bearer ");

        services.problem("POST", "/api/inspection/incidents", 422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"code\":\"major-only-for-fires\"}");
        HttpResponse<String> refused = post("/portal/incidents", Tokens.brigade(),
                "kind=RESCUE&occurredOn=2026-11-01&town=dahe&major=true&deaths=0&injuries=0&directLossYuan=0");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("只有火灾才能标为较大及以上火灾。");
    }
}
