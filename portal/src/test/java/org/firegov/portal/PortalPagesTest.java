package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.firegov.testkit.TestIssuer;
import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The portal on a random port, with real signed tokens (the test kit's issuer, as the gateway would relay them) and a
 * real HTTP server in the services' place: language, landing by role, token relay, and how API errors read.
 */
class PortalPagesTest extends PortalTest {

    @Test
    void public_pages_are_in_chinese_by_default_and_in_english_on_request_without_a_token() throws Exception {
        services.json("/api/inspection/public/listed-major-hazards",
                "[{\"unitName\":\"通城镇卫生院\",\"town\":\"tongcheng\",\"listedAt\":\"2026-03-01T02:00:00Z\",\"status\":\"REPORTED\"}]");

        HttpResponse<String> chinese = get("/public/major-hazards", null, null);
        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(chinese.body()).contains("lang=\"zh-CN\"", "挂牌督办的重大火灾隐患", "通城镇卫生院", "通城镇",
                "2026年3月1日");
        assertThat(services.authorizationOf("/api/inspection/public/listed-major-hazards")).isEqualTo("none");

        HttpResponse<String> english = get("/public/major-hazards?lang=en", null, null);
        assertThat(english.body()).contains("lang=\"en\"", "Major fire hazards under listed supervision", "2026-03-01");
        String cookie = english.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("portal-lang=en").contains("HttpOnly");
        assertThat(get("/public", null, "portal-lang=en").body()).contains("Public information");
    }

    @Test
    void every_user_lands_on_the_portal_of_their_role() throws Exception {
        Map<String, String> landings = Map.of(
                Tokens.committee(), "/portal/committee", Tokens.brigade(), "/portal/brigade",
                Tokens.department("education"), "/portal/department", Tokens.town("xiabao"), "/portal/town",
                Tokens.unit("91500238MA5U7K3L74"), "/portal/unit");
        for (Map.Entry<String, String> landing : landings.entrySet()) {
            HttpResponse<String> home = get("/", landing.getKey(), null);
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).as("relative: the browser stays on the gateway")
                    .hasValue(landing.getValue());
        }
        HttpResponse<String> platform = get("/", Tokens.govPlatform(), null);
        assertThat(platform.body()).contains("没有适用的门户");
    }

    @Test
    void pages_need_a_valid_token_of_the_realm_and_relay_it_to_the_services() throws Exception {
        assertThat(get("/portal/unit", null, null).statusCode()).isEqualTo(401);
        String wrongAudience = TestIssuer.get().token("edu1", List.of("department"), Map.of("aud", "other"));
        assertThat(get("/portal/unit", wrongAudience, null).statusCode()).isEqualTo(401);

        services.json("/api/inspection/units/91500238MA5U7K3L74", "{\"unitId\":\"91500238MA5U7K3L74\","
                + "\"name\":\"下堡镇中心小学\",\"address\":\"下堡镇\",\"town\":\"xiabao\",\"riskGrade\":\"KEY\"}");
        services.json("/api/inspection/hazards", "{\"items\":[{\"hazardId\":\"h-1\",\"unitId\":\"91500238MA5U7K3L74\","
                + "\"town\":\"xiabao\",\"description\":\"疏散通道堵塞\",\"stage\":\"RECTIFICATION_ORDERED\","
                + "\"deadline\":\"2030-12-31T15:59:59Z\",\"overdue\":false,\"major\":false,\"reportedAt\":\"2026-11-01T01:00:00Z\"}],\"total\":1}");
        services.json("/api/training/drills", "[]");
        String unit = Tokens.unit("91500238MA5U7K3L74");

        HttpResponse<String> page = get("/portal/unit", unit, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("下堡镇中心小学", "疏散通道堵塞", "限期整改中", "2030年12月31日 23:59",
                "href=\"/portal/hazards/h-1\"");
        assertThat(services.authorizationOf("/api/inspection/hazards")).isEqualTo("Bearer " + unit);
    }

    @Test
    void an_object_outside_the_users_area_is_a_clear_not_found_page() throws Exception {
        services.problem("/api/inspection/hazards/other-departments", 404,
                "{\"type\":\"https://firegov.wuxi.example/problems/not-found\",\"title\":\"Not Found\",\"status\":404}");

        HttpResponse<String> page = get("/portal/hazards/other-departments", Tokens.department("education"), null);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>未找到</h1>", "不在您的管辖范围内");
    }

    @Test
    void a_broken_rule_or_bad_input_reads_as_a_message_next_to_the_form() throws Exception {
        services.problem("/api/inspection/hazards/h-2/verification/pass", 409, "{\"title\":\"Conflict\","
                + "\"status\":409,\"code\":\"rectification-not-submitted\",\"detail\":\"h-2 is in RECTIFICATION_ORDERED\"}");
        HttpResponse<String> conflict = post("/portal/hazards/h-2/pass", Tokens.brigade(), "note=");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("状态已变化", "单位尚未提交整改情况。").doesNotContain("<html");

        services.problem("/api/inspection/hazards/h-2/rectification", 400, "{\"title\":\"Bad Request\","
                + "\"status\":400,\"errors\":[{\"field\":\"description\",\"message\":\"must not be blank\"}]}");
        HttpResponse<String> bad = post("/portal/hazards/h-2/rectification", Tokens.unit("91500238MA5U7K3L74"),
                "description=x");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("填写有误", "整改情况", "must not be blank");
    }

    @Test
    void a_successful_action_sends_htmx_to_the_updated_page() throws Exception {
        services.json("/api/inspection/hazards/h-3/rectification", "{}");
        services.json("/api/inspection/hazards/h-3", "{\"hazardId\":\"h-3\",\"stage\":\"RECTIFICATION_SUBMITTED\"}");
        HttpResponse<String> done = post("/portal/hazards/h-3/rectification", Tokens.unit("91500238MA5U7K3L74"),
                "description=%E5%B7%B2%E6%95%B4%E6%94%B9");
        assertThat(done.statusCode()).isEqualTo(204);
        assertThat(done.headers().firstValue("HX-Redirect")).hasValue("/portal/hazards/h-3?done=submitted");
    }
}
