package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The unit's self-inspection (单位自查): the labelled form from the unit's checklist, what is sent, past submissions. */
class SelfInspectionPagesTest extends PortalTest {

    private static final String UNIT = "91500238MA5U7K3L74";
    private static final String FORM = "{\"templateId\":\"t-1\",\"title\":\"学校消防安全检查表\",\"items\":["
            + "{\"code\":\"EXITS\",\"text\":\"安全出口畅通\"},{\"code\":\"ALARM\",\"text\":\"火灾报警系统完好\"}]}";
    private static final String SUBMISSIONS = "{\"items\":[{\"submissionId\":\"%s\",\"unitId\":\"91500238MA5U7K3L74\","
            + "\"period\":\"2026-10\",\"submittedOn\":\"2026-10-08\",\"failedItems\":1,\"commitment\":\"自查属实\","
            + "\"riskDeclaration\":\"厨房燃气管道老化\",\"hazards\":[{\"itemCode\":\"EXITS\",\"hazardId\":\"h-9\"}]}],"
            + "\"page\":0,\"size\":100,\"total\":1}";

    @Test
    void the_form_has_a_labelled_row_per_item_the_commitment_the_declaration_and_the_past_submissions()
            throws Exception {
        services.json("/api/inspection/self-inspections/form", FORM);
        services.json("/api/inspection/self-inspections", SUBMISSIONS.formatted("s-1"));
        String unit = Tokens.unit(UNIT);

        HttpResponse<String> page = get("/portal/unit/self-inspection", unit);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(services.authorizationOf("/api/inspection/self-inspections/form")).isEqualTo("Bearer " + unit);
        assertThat(page.body()).contains("单位消防安全自查", "学校消防安全检查表", "安全出口畅通", "火灾报警系统完好",
                "<legend class=\"visually-hidden\">检查结果 安全出口畅通</legend>",
                "id=\"result-EXITS-PASS\" name=\"result.EXITS\"", "value=\"PASS\" required=\"required\"",
                "<label for=\"result-EXITS-FAIL\">不合格</label>",
                "<label for=\"result-ALARM-NOT_APPLICABLE\">不适用</label>",
                "<label class=\"visually-hidden\" for=\"note-ALARM\">", "name=\"note.ALARM\"",
                "<label for=\"period\">自查月份</label>", "type=\"month\"",
                "<label for=\"commitment\">公示承诺</label>", "<label for=\"risk-declaration\">风险申报（可选）</label>",
                "hx-post=\"/portal/unit/self-inspection\"")
                .contains("本单位历次自查", "2026-10", "2026年10月8日", "厨房燃气管道老化",
                        "href=\"/portal/hazards/h-9\">EXITS</a>");

        String english = get("/portal/unit/self-inspection?lang=en", unit).body();
        assertThat(english).contains("Fire-safety self-inspection", "Public commitment", "Risk declaration (optional)",
                "<label for=\"result-EXITS-PASS\">Pass</label>", "Your unit&#39;s self-inspections");

        services.json("/api/inspection/units/91500238MA5U7K3L74", "{\"unitId\":\"91500238MA5U7K3L74\","
                + "\"name\":\"下堡镇中心小学\",\"address\":\"下堡镇\",\"town\":\"xiabao\",\"riskGrade\":\"KEY\"}");
        services.json("/api/inspection/hazards", "{\"items\":[],\"total\":0}");
        services.json("/api/training/drills", "[]");
        assertThat(get("/portal/unit", unit).body()).contains("href=\"/portal/unit/self-inspection\"");
    }

    @Test
    void a_submission_sends_the_month_every_answer_the_commitment_and_the_declaration() throws Exception {
        services.json("/api/inspection/self-inspections", SUBMISSIONS.formatted("s-2"));
        services.json("POST", "/api/inspection/self-inspections", "{\"submissionId\":\"s-2\"}");

        HttpResponse<String> done = post("/portal/unit/self-inspection", Tokens.unit(UNIT),
                "period=2026-10&result.EXITS=FAIL&note.EXITS=" + enc("安全出口堆放杂物")
                        + "&result.ALARM=PASS&note.ALARM=&commitment=" + enc("自查属实") + "&riskDeclaration=");

        assertThat(done.statusCode()).isEqualTo(204);
        assertThat(done.headers().firstValue("HX-Redirect"))
                .hasValue("/portal/unit/self-inspection?done=self-inspection-submitted");
        assertThat(services.bodyOf("POST /api/inspection/self-inspections")).isNotNull();
        String sent = new String(services.bodyOf("POST /api/inspection/self-inspections")
                .getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        assertThat(sent).isEqualTo("{\"period\":\"2026-10\",\"answers\":["
                + "{\"itemCode\":\"EXITS\",\"result\":\"FAIL\",\"note\":\"安全出口堆放杂物\"},"
                + "{\"itemCode\":\"ALARM\",\"result\":\"PASS\",\"note\":\"\"}],"
                + "\"commitment\":\"自查属实\",\"riskDeclaration\":null}");
    }

    @Test
    void refusals_read_as_messages_next_to_the_form() throws Exception {
        services.problem("POST", "/api/inspection/self-inspections", 409, "{\"title\":\"Conflict\",\"status\":409,"
                + "\"code\":\"self-inspection-already-submitted\"}");
        HttpResponse<String> twice = post("/portal/unit/self-inspection", Tokens.unit(UNIT),
                "period=2026-10&result.EXITS=PASS&commitment=x");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("本单位这个月已经提交过自查。").doesNotContain("<html");

        services.problem("POST", "/api/inspection/self-inspections", 422, "{\"title\":\"Unprocessable\",\"status\":422,"
                + "\"code\":\"items-unanswered\"}");
        assertThat(post("/portal/unit/self-inspection?lang=en", Tokens.unit(UNIT), "period=2026-10&commitment=x")
                .body()).contains("Some checklist items have no result yet.");

        services.problem("POST", "/api/inspection/self-inspections", 400, "{\"title\":\"Bad Request\",\"status\":400,"
                + "\"errors\":[{\"field\":\"commitment\",\"message\":\"must not be blank\"}]}");
        assertThat(post("/portal/unit/self-inspection", Tokens.unit(UNIT), "period=2026-10&commitment=").body())
                .contains("填写有误", "公示承诺", "must not be blank");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
