package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * "Report a hazard" without sign-in: the labelled form with its token and hidden honeypot, the unit search, the
 * report as the API gets it (a unit or an address), the receipt code, each refusal as a message, the status lookup.
 */
class PublicReportPagesTest extends PortalTest {

    private static final String API = "/api/inspection/public/reports";

    @Test
    void the_form_carries_the_token_a_hidden_honeypot_and_a_label_for_every_control_in_both_languages()
            throws Exception {
        services.json(API + "/form", "{\"formToken\":\"123.nonce.sig\",\"notBefore\":\"2026-11-29T08:00:03Z\"}");

        HttpResponse<String> page = get("/public/report", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("举报火灾隐患", "name=\"formToken\" value=\"123.nonce.sig\"",
                "<div class=\"honeypot\" aria-hidden=\"true\">", "tabindex=\"-1\"", "119",
                "data-problem-429=\"请求过于频繁，请稍后再试。\"", "data-problem-403=\"页面已过期");
        for (String control : new String[] {"report-homepage", "report-q", "report-address", "report-town",
                "report-description", "report-contact"}) {
            assertThat(page.body()).contains("<label for=\"" + control + "\"", "id=\"" + control + "\"");
        }
        assertThat(services.authorizationOf(API + "/form")).isEqualTo("none");
        assertThat(get("/public/report?lang=en", null).body()).contains("Report a fire hazard",
                "Leave this field empty", "never shown publicly");
        assertThat(get("/public", null).body()).contains("href=\"/public/report\"").doesNotContain("暂未开通");
    }

    @Test
    void the_unit_search_offers_the_units_found_as_labelled_choices() throws Exception {
        services.json(API + "/units", "[{\"unitId\":\"91500238MA5U7K3L74\",\"name\":\"下堡中学\","
                + "\"town\":\"xiabao\",\"address\":\"下堡镇学堂路1号\"}]");

        HttpResponse<String> found = get("/public/report/units?q=%E4%B8%8B%E5%A0%A1", null);

        assertThat(found.body()).contains("下堡中学", "下堡镇", "下堡镇学堂路1号", "type=\"radio\" name=\"unitId\"",
                "value=\"91500238MA5U7K3L74\"", "不在列表中").doesNotContain("<html");
        assertThat(found.body().split("<label class=\"check\"", -1)).hasSize(3);
    }

    @Test
    void a_report_goes_to_the_api_as_a_unit_or_an_address_with_the_readers_address_and_shows_the_tracking_code()
            throws Exception {
        services.json("POST", API, "{\"trackingCode\":\"ABCD-EFGH-JKMN\",\"duplicate\":false}");

        HttpResponse<String> atUnit = post("/public/report", "formToken=t1&homepage=&unitId=91500238MA5U7K3L74"
                + "&address=&town=&description=" + encoded("安全出口被锁") + "&contact=13800138000");

        assertThat(atUnit.statusCode()).isEqualTo(200);
        assertThat(atUnit.body()).contains("举报已收到", "ABCD-EFGH-JKMN", "/public/report/status?code=ABCD-EFGH-JKMN");
        String sent = sent();
        assertThat(sent).contains("\"formToken\":\"t1\"", "\"unitId\":\"91500238MA5U7K3L74\"",
                "\"description\":\"安全出口被锁\"", "\"contact\":\"13800138000\"", "\"homepage\":\"\"")
                .doesNotContain("address");
        assertThat(services.authorizationOf(API)).isEqualTo("none");
        assertThat(services.forwardedForOf(API)).isEqualTo("203.0.113.7, 127.0.0.1");

        services.json("POST", API, "{\"trackingCode\":\"ABCD-EFGH-JKMN\",\"duplicate\":true}");
        HttpResponse<String> atAddress = post("/public/report", "formToken=t2&homepage=&unitId=&town=dahe"
                + "&address=" + encoded("老街12号") + "&description=" + encoded("门面里住人") + "&contact=");
        assertThat(atAddress.body()).contains("同样的举报已经收到过", "ABCD-EFGH-JKMN");
        assertThat(sent()).contains("\"town\":\"dahe\"", "\"address\":\"老街12号\"", "\"contact\":null")
                .doesNotContain("unitId");
    }

    @Test
    void every_refusal_is_a_message_next_to_the_form() throws Exception {
        String form = "formToken=t&homepage=&unitId=&town=&address=x&description=x&contact=";
        assertThat(refusal(422, "too-fast", form)).contains("提交得太快了");
        assertThat(refusal(422, "form-expired", form)).contains("请刷新页面");
        assertThat(refusal(409, "form-already-used", form)).contains("已经提交过一次举报");
        assertThat(refusal(422, "automated-submission", form)).contains("程序自动填写");
        assertThat(refusal(429, "too-many-requests", form)).contains("请求过多", "请求过于频繁");
        services.problem("POST", API, 400, "{\"title\":\"Bad Request\",\"status\":400,\"errors\":["
                + "{\"field\":\"description\",\"message\":\"size must be between 5 and 1000\"}]}");
        HttpResponse<String> invalid = post("/public/report", form);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("举报内容", "size must be between 5 and 1000", "role=\"alert\"");
    }

    @Test
    void the_stage_is_looked_up_by_the_tracking_code() throws Exception {
        services.json(API + "/ABCD-EFGH-JKMN", "{\"trackingCode\":\"ABCD-EFGH-JKMN\",\"stage\":\"BEING_HANDLED\","
                + "\"receivedAt\":\"2026-11-29T08:20:00Z\"}");

        HttpResponse<String> found = get("/public/report/status?code=ABCD-EFGH-JKMN", null);
        HttpResponse<String> unknown = get("/public/report/status?code=ZZZZ-ZZZZ-ZZZZ", null);
        HttpResponse<String> english = get("/public/report/status?code=ABCD-EFGH-JKMN&lang=en", null);

        assertThat(found.body()).contains("处理中", "2026年11月29日 16:20", "<label for=\"status-code\"");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("没有这个查询码的举报");
        assertThat(english.body()).contains("Being handled");
    }

    private String refusal(int status, String code, String form) throws Exception {
        services.problem("POST", API, status, "{\"title\":\"x\",\"status\":" + status + ",\"code\":\"" + code + "\"}");
        HttpResponse<String> refused = post("/public/report", form);
        assertThat(refused.statusCode()).isEqualTo(status);
        return refused.body();
    }

    private static String sent() {
        return new String(services.bodyOf("POST " + API).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Sent by htmx from a browser the gateway saw at 203.0.113.7, without sign-in. */
    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("HX-Request", "true").header("X-Forwarded-For", "203.0.113.7")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
