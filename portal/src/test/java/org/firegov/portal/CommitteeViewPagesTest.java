package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** Points per indicator per quarter (考核总览) for towns and departments, table and chart, against a stand-in API. */
class CommitteeViewPagesTest extends PortalTest {

    private static final String SCHEME = "{\"schemeId\":\"2026-v1\",\"year\":2026,\"indicators\":["
            + "{\"code\":\"hazards-closed\",\"name\":\"隐患整改率\",\"weight\":30.0},"
            + "{\"code\":\"training\",\"name\":\"宣传培训\",\"weight\":20.0}]}";

    private static String row(String kind, String code, String zh, String en, String q1, String q2, String year) {
        return "{\"party\":{\"kind\":\"" + kind + "\",\"code\":\"" + code + "\",\"nameZh\":\"" + zh + "\",\"nameEn\":\""
                + en + "\"},\"rank\":1,\"total\":80.0,\"grade\":\"GOOD\",\"vetoed\":false,\"vetoedBy\":[],"
                + "\"points\":{\"hazards-closed\":" + year + ",\"training\":12.0},\"trend\":["
                + "{\"quarter\":1,\"asOf\":\"2026-03-31T15:59:59Z\",\"complete\":true,\"total\":70.0,\"grade\":\"PASS\","
                + "\"vetoed\":false,\"rank\":2,\"points\":{\"hazards-closed\":" + q1 + ",\"training\":10.0}},"
                + "{\"quarter\":2,\"asOf\":\"2026-05-20T02:00:00Z\",\"complete\":false,\"total\":80.0,\"grade\":\"GOOD\","
                + "\"vetoed\":false,\"rank\":1,\"points\":{\"hazards-closed\":" + q2 + ",\"training\":12.0}}]}";
    }

    @Test
    void each_indicator_shows_towns_and_departments_by_quarter_in_a_table_and_a_chart() throws Exception {
        services.json("/api/accountability/committee-view", "{\"year\":2026,\"schemeId\":\"2026-v1\",\"rows\":["
                + row("TOWN", "xiabao", "下堡镇", "Xiabao", "21.5", "24.25", "24.25") + ","
                + row("DEPARTMENT", "education", "县教委", "Education Commission", "18.0", "27.0", "27.0") + "]}");
        services.json("/api/accountability/schemes/2026-v1", SCHEME);
        String committee = Tokens.committee();

        HttpResponse<String> page = get("/portal/committee/indicators?year=2026", committee);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("各考核指标季度得分", "隐患整改率", "权重 30.0 分", "宣传培训",
                "隐患整改率：乡镇（街道）各季度得分", "隐患整改率：行业部门各季度得分", "第1季度", "第2季度", "进行中",
                "下堡镇", "21.5", "24.3", "县教委", "18.0", "27.0", "全年（截至目前）",
                "role=\"img\"", "aria-label=\"隐患整改率：各乡镇和部门各季度得分柱状图；数据见下表\"",
                "data-quarter-label=\"第{0}季度\"",
                "href=\"/portal/committee/scores/TOWN/xiabao?year=2026\"");
        assertThat(page.body()).contains("&quot;parties&quot;:[{&quot;zh&quot;:&quot;下堡镇&quot;",
                "&quot;data&quot;:[21.5,18.0]", "&quot;max&quot;:30.0");
        assertThat(services.queryOf("/api/accountability/committee-view")).isEqualTo("year=2026");
        assertThat(services.authorizationOf("/api/accountability/committee-view")).isEqualTo("Bearer " + committee);
        assertThat(services.authorizationOf("/api/accountability/schemes/2026-v1")).isEqualTo("Bearer " + committee);

        assertThat(get("/portal/committee/indicators?year=2026&lang=en", committee).body()).contains(
                "Points per indicator by quarter", "Q1", "Q2", "running", "Xiabao", "Education Commission",
                "Year so far", "data-quarter-label=\"Q{0}\"");
    }

    @Test
    void a_town_sees_only_the_line_the_api_gives_it_and_no_departments_table() throws Exception {
        services.json("/api/accountability/committee-view", "{\"year\":2026,\"schemeId\":\"2026-v1\",\"rows\":["
                + row("TOWN", "xiabao", "下堡镇", "Xiabao", "21.5", "24.25", "24.25") + "]}");
        services.json("/api/accountability/schemes/2026-v1", SCHEME);
        String town = Tokens.town("xiabao");

        String page = get("/portal/committee/indicators?year=2026", town).body();

        assertThat(page).contains("下堡镇", "隐患整改率：乡镇（街道）各季度得分").doesNotContain("行业部门各季度得分");
        assertThat(services.authorizationOf("/api/accountability/committee-view")).isEqualTo("Bearer " + town);
    }

    @Test
    void a_year_without_scores_says_so_and_the_dashboard_links_the_page() throws Exception {
        services.json("/api/accountability/committee-view", "{\"year\":2021,\"schemeId\":null,\"rows\":[]}");

        assertThat(get("/portal/committee/indicators?year=2021", Tokens.committee()).body())
                .contains("该年度暂无考核得分。");

        dashboardAnswers();
        assertThat(get("/portal/committee?year=2026", Tokens.committee()).body())
                .contains("href=\"/portal/committee/indicators?year=2026\"");
    }
}
