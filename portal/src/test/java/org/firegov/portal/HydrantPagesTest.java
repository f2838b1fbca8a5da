package org.firegov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.firegov.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** Hydrants by town and status with the GeoJSON link, and key projects planned against done, against a stand-in API. */
class HydrantPagesTest extends PortalTest {

    private static final String HYDRANTS = "/api/infrastructure/hydrants";

    private static String hydrant(String id, String town, String road, String type, String status, String reason) {
        return "{\"hydrantId\":\"" + id + "\",\"type\":\"" + type + "\",\"town\":\"" + town + "\",\"road\":\"" + road
                + "\",\"latitude\":31.6231,\"longitude\":109.4817,\"status\":\"" + status + "\",\"statusReason\":"
                + (reason == null ? "null" : "\"" + reason + "\"") + ",\"statusChangedAt\":\"2026-04-02T03:00:00Z\","
                + "\"demo\":true,\"registeredAt\":\"2026-01-05T01:00:00Z\"}";
    }

    private static final String THREE = "{\"items\":[" + hydrant("h-1", "tongcheng", "通城正街", "HYDRANT", "OUT_OF_SERVICE",
            "管网改造") + "," + hydrant("h-2", "xiabao", "下堡正街", "HYDRANT", "IN_SERVICE", null) + ","
            + hydrant("h-3", "xiabao", "西溪河取水点", "INTAKE", "DAMAGED", "阀门损坏") + "],\"page\":0,\"size\":200,\"total\":3}";

    @Test
    void the_brigade_sees_each_towns_hydrants_by_status_the_list_and_the_geojson_link() throws Exception {
        services.json(HYDRANTS, THREE);
        String brigade = Tokens.brigade();

        HttpResponse<String> page = get("/portal/hydrants", brigade);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("各乡镇（街道）消火栓和取水设施状态", "完好", "损坏", "停用", "合计", "全县",
                "消火栓和取水设施清单（3 处）", "通城正街", "管网改造", "西溪河取水点", "取水设施", "阀门损坏",
                "2026年4月2日", "演示数据", "href=\"/api/infrastructure/hydrants/geojson\"",
                "<label for=\"hydrant-town\">", "<label for=\"hydrant-status\">");
        assertThat(page.body()).containsPattern("(?s)下堡镇</a></th>\\s*<td>1</td>\\s*<td>1</td>\\s*<td>0</td>\\s*<td>2</td>");
        assertThat(page.body()).containsPattern("(?s)全县</th>\\s*<td>1</td>\\s*<td>1</td>\\s*<td>1</td><td>3</td>");
        assertThat(services.queryOf(HYDRANTS)).isEqualTo("size=200&page=0");
        assertThat(services.authorizationOf(HYDRANTS)).isEqualTo("Bearer " + brigade);

        assertThat(get("/portal/hydrants?lang=en", brigade).body()).contains("Hydrants and water sources by town and status",
                "in service", "damaged", "Xiabao", "County", "Download GeoJSON", "2026-04-02");
    }

    @Test
    void a_town_and_status_narrow_the_list_through_the_api_and_the_geojson() throws Exception {
        services.json(HYDRANTS, THREE);

        String page = get("/portal/hydrants?town=xiabao&status=DAMAGED", Tokens.town("xiabao")).body();

        assertThat(services.queryOf(HYDRANTS)).isEqualTo("size=200&page=0&town=xiabao&status=DAMAGED");
        assertThat(page).contains("href=\"/api/infrastructure/hydrants/geojson?town=xiabao\"",
                "<option value=\"xiabao\" selected=\"selected\">", "<option value=\"DAMAGED\" selected=\"selected\">");
    }

    @Test
    void no_hydrants_reads_as_an_empty_list() throws Exception {
        services.json(HYDRANTS, "{\"items\":[],\"page\":0,\"size\":200,\"total\":0}");

        assertThat(get("/portal/hydrants", Tokens.committee()).body()).contains("消火栓和取水设施清单（0 处）", "暂无记录")
                .doesNotContain("全县");
    }

    @Test
    void the_workspace_shows_key_project_milestones_planned_against_done_and_links_the_hydrants() throws Exception {
        services.json("/api/inspection/hazards", "{\"items\":[],\"page\":0,\"size\":200,\"total\":0}");
        services.json("/api/inspection/public/listed-major-hazards", "[]");
        services.json("/api/infrastructure/hydrant-rates", "{\"targets\":{},\"county\":null,\"towns\":[]}");
        services.json("/api/infrastructure/projects", "[]");
        services.json("/api/infrastructure/projects/plan-vs-actual", "{\"asOf\":\"2026-05-20\",\"overall\":["
                + "{\"year\":2025,\"planned\":4,\"onTime\":2,\"late\":1,\"open\":1,\"overdue\":1,\"completedInYear\":3}],"
                + "\"projects\":[{\"projectId\":\"p-1\",\"name\":\"县消防站建设\",\"responsibleParty\":\"housing\","
                + "\"years\":[{\"year\":2025,\"planned\":4,\"onTime\":2,\"late\":1,\"open\":1,\"overdue\":1,"
                + "\"completedInYear\":3},{\"year\":2026,\"planned\":0,\"onTime\":0,\"late\":0,\"open\":0,\"overdue\":0,"
                + "\"completedInYear\":0}]}]}");
        String brigade = Tokens.brigade();

        String page = get("/portal/brigade", brigade).body();

        assertThat(page).contains("重点工程节点计划与完成情况（截至2026年5月20日）", "县消防站建设", "全部工程", "<td>2025</td>",
                "<td>4</td>", "按期完成", "其中逾期", "href=\"/portal/hydrants\"").doesNotContain("<td>2026</td>");
        assertThat(services.authorizationOf("/api/infrastructure/projects/plan-vs-actual")).isEqualTo("Bearer " + brigade);
        assertThat(get("/portal/brigade?lang=en", brigade).body()).contains("Key-project milestones planned and done",
                "All projects", "2026-05-20");
    }
}
