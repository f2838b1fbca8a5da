package org.firegov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.firegov.e2e.Http.Reply;
import org.firegov.localstack.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's "done when": a scripted scenario through the gateway, with real tokens, moves one town's assessment
 * exactly as the scheme in force says. Xiabao: hazards reported, two rectified on time (ordered, submitted,
 * verified) and one left to go overdue; campaigns planned by the town, two held; a major fire with deaths recorded.
 * The expected points are computed here from the scheme read from the API, each indicator's drill-down lists the
 * ids of the hazards, campaigns and incident this test created, the major fire vetoes the town (不合格), and the
 * committee's fact replay reproduces the same scores.
 *
 * <p>Own stack; training's demo seed is off (its campaigns would add to Xiabao's) and inspection's overdue check runs
 * every two seconds so a passed deadline shows quickly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentScenarioEndToEndTest {

    static final String TOWN = "xiabao";
    /** The demo unit of the realm: unit1 manages it. */
    static final String UNIT = "91500238MA5U7K3L74";
    static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    /** Rectification deadlines: long enough to rectify two hazards through the gateway on a loaded machine. */
    static final Duration DEADLINE_AHEAD = Duration.ofSeconds(90);

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path dataDir;
    LocalStack stack;
    Http gateway;
    String brigade;
    String committee;
    String town;
    int year;
    /** A day that is today or past both in UTC and in county time (services validate in either). */
    LocalDate today;
    JsonNode scheme;
    double population;

    final List<String> onTimeHazards = new ArrayList<>();
    String overdueHazard;
    final List<String> heldCampaigns = new ArrayList<>();
    String plannedCampaign;
    String majorFire;
    JsonNode scoresBeforeReplay;
    JsonNode drillDownBeforeReplay;

    @BeforeAll
    void startTheWholePlatform() {
        Path projectRoot = Path.of("").toAbsolutePath().getParent();
        stack = LocalStack.builder().projectRoot(projectRoot).dataDir(dataDir).freePorts()
                .startupTimeout(Duration.ofMinutes(10))
                .environment("inspection-service", "FIREGOV_INSPECTION_OVERDUE_CHECK_INTERVAL", "PT2S")
                .environment("training-service", "FIREGOV_SEED_ENABLED", "false")
                .build().start();
        gateway = new Http(stack.gatewayUrl());
        brigade = token("brigade1");
        committee = token("committee1");
        town = token("xiabao1");
        year = LocalDate.now(COUNTY).getYear();
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @AfterAll
    void stopIt() {
        if (stack != null) {
            stack.close();
        }
    }

    private String token(String user) {
        return Http.token(stack.keycloakIssuerUri(), user);
    }

    private JsonNode ok(Reply reply, int status) {
        assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(status);
        return reply.body();
    }

    private JsonNode drillDown(String token) {
        return ok(gateway.get("/api/accountability/scores/TOWN/" + TOWN + "?year=" + year, token), 200);
    }

    private static JsonNode indicator(JsonNode score, String code) {
        for (JsonNode indicator : score.get("indicators")) {
            if (code.equals(indicator.get("code").asText())) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + code + " in " + score);
    }

    @Test
    @Order(1)
    void the_scheme_in_force_is_read_from_the_api_and_xiabao_starts_with_nothing_against_it() {
        scheme = ok(gateway.get("/api/accountability/schemes/in-force?year=" + year, committee), 200);
        assertThat(scheme.get("majorFireVeto").asBoolean()).as("the example scheme vetoes major fires").isTrue();
        List<String> metrics = scheme.get("indicators").findValuesAsText("metric");
        assertThat(metrics).contains("HAZARDS_RECTIFIED_ON_TIME_RATE", "OVERDUE_HAZARDS", "CAMPAIGNS_HELD_RATE",
                "FIRE_DEATHS");
        for (JsonNode party : ok(gateway.get("/api/accountability/parties", committee), 200)) {
            if ("TOWN".equals(party.get("kind").asText()) && TOWN.equals(party.get("code").asText())) {
                population = party.get("population").asDouble();
            }
        }
        assertThat(population).isPositive();

        JsonNode before = drillDown(committee);
        assertScoresAsTheSchemeSays(before, expectedEvidence(false));
        assertThat(before.get("vetoed").asBoolean()).isFalse();
    }

    @Test
    @Order(2)
    void hazards_are_reported_two_rectified_on_time_and_one_left_past_its_deadline() {
        ok(gateway.post("/api/inspection/units", brigade, Map.of("creditCode", UNIT, "name", "下堡镇中心小学",
                "address", "巫溪县下堡镇", "town", TOWN, "department", "education", "categories", List.of("SCHOOL"),
                "riskGrade", "KEY")), 201);
        List<String> hazards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hazards.add(ok(gateway.post("/api/inspection/hazards", brigade, Map.of("unitId", UNIT,
                    "description", "疏散通道堵塞 " + i, "source", "INSPECTION", "major", false)), 201)
                    .get("hazardId").asText());
        }
        Instant deadline = Instant.now().plus(DEADLINE_AHEAD);
        for (String hazard : hazards) {
            ok(gateway.post("/api/inspection/hazards/" + hazard + "/rectification-order", brigade,
                    Map.of("requirement", "限期清理", "deadline", deadline.toString())), 204);
        }
        String unitManager = token("unit1");
        onTimeHazards.addAll(hazards.subList(0, 2));
        overdueHazard = hazards.get(2);
        for (String hazard : onTimeHazards) {
            ok(gateway.post("/api/inspection/hazards/" + hazard + "/rectification", unitManager,
                    Map.of("description", "已清理通道")), 204);
            ok(gateway.post("/api/inspection/hazards/" + hazard + "/verification/pass", brigade,
                    Map.of("note", "复查合格")), 204);
        }
        assertThat(Instant.now()).as("the rectifications must come before the deadline").isBefore(deadline);

        await().atMost(DEADLINE_AHEAD.plusSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(ok(gateway.get("/api/inspection/hazards/" + overdueHazard, brigade), 200)
                        .get("overdue").asBoolean()).isTrue());
        for (String hazard : onTimeHazards) {
            assertThat(ok(gateway.get("/api/inspection/hazards/" + hazard, brigade), 200).get("overdue").asBoolean())
                    .isFalse();
        }
    }

    @Test
    @Order(3)
    void the_town_plans_campaigns_and_holds_two() {
        List<String> campaigns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            campaigns.add(ok(gateway.post("/api/training/campaigns", town, Map.of("kind", "COMMUNITY",
                    "title", "消防宣传进社区 " + i, "town", TOWN, "audience", "居民", "plannedDate", today.toString(),
                    "place", "下堡镇社区" + i)), 201).get("campaignId").asText());
        }
        heldCampaigns.addAll(campaigns.subList(0, 2));
        plannedCampaign = campaigns.get(2);
        int people = 600;
        for (String campaign : heldCampaigns) {
            ok(gateway.post("/api/training/campaigns/" + campaign + "/hold", town,
                    Map.of("heldDate", today.toString(), "peopleReached", people, "note", "发放资料")), 204);
            people -= 300;
        }
    }

    @Test
    @Order(4)
    void a_major_fire_with_deaths_is_recorded_in_the_town() {
        majorFire = ok(gateway.post("/api/inspection/incidents", brigade, Map.of("town", TOWN,
                "occurredOn", today.toString(), "kind", "FIRE", "cause", "电气线路故障", "major", true, "deaths", 2,
                "injuries", 1, "directLossYuan", 500_000)), 201).get("incidentId").asText();
    }

    @Test
    @Order(5)
    void the_scores_move_exactly_as_the_scheme_says_each_point_traced_and_the_major_fire_vetoes_the_town() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode score = drillDown(committee);
            assertScoresAsTheSchemeSays(score, expectedEvidence(true));
            assertThat(score.get("vetoed").asBoolean()).isTrue();
            assertThat(texts(score.get("vetoedBy"))).containsExactly(majorFire);
            assertThat(score.get("grade").asText()).isEqualTo("FAIL");
        });
        // the town sees its own drill-down, and another town's not at all
        assertThat(drillDown(town).get("total").asDouble()).isEqualTo(drillDown(committee).get("total").asDouble());
        assertThat(gateway.get("/api/accountability/scores/TOWN/tongcheng?year=" + year, town).status())
                .isEqualTo(404);
        assertThat(gateway.get("/api/accountability/scores/TOWN/" + TOWN + "?year=abc", committee).status())
                .isEqualTo(400);
        scoresBeforeReplay = ok(gateway.get("/api/accountability/scores?year=" + year, committee), 200);
        drillDownBeforeReplay = drillDown(committee);
    }

    @Test
    @Order(6)
    void the_committees_fact_replay_reproduces_the_same_scores() {
        assertThat(gateway.post("/api/accountability/fact-replay", brigade, Map.of()).status()).isEqualTo(403);
        JsonNode started = ok(gateway.post("/api/accountability/fact-replay", committee, Map.of()), 202);
        assertThat(started.get("lastRun").get("state").asText()).isEqualTo("RESETTING");
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode progress = ok(gateway.get("/api/accountability/fact-replay", committee), 200);
            assertThat(progress.get("lastRun").get("state").asText()).as("%s", progress).isEqualTo("CONSUMING");
            assertThat(progress.get("caughtUp").asBoolean()).as("%s", progress).isTrue();
        });
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(drillDown(committee)).isEqualTo(drillDownBeforeReplay);
            assertThat(ok(gateway.get("/api/accountability/scores?year=" + year, committee), 200))
                    .isEqualTo(scoresBeforeReplay);
        });
    }

    /** What each metric the scenario touches should measure: value (null = nothing due) and the objects behind it. */
    private Map<String, Evidence> expectedEvidence(boolean scenarioDone) {
        Map<String, Evidence> expected = new HashMap<>();
        if (!scenarioDone) {
            expected.put("HAZARDS_RECTIFIED_ON_TIME_RATE", new Evidence(null, List.of()));
            expected.put("OVERDUE_HAZARDS", new Evidence(0.0, List.of()));
            expected.put("MAJOR_HAZARDS_OPEN", new Evidence(0.0, List.of()));
            expected.put("CAMPAIGNS_HELD_RATE", new Evidence(null, List.of()));
            expected.put("PEOPLE_REACHED_PER_THOUSAND", new Evidence(0.0, List.of()));
            Stream.of("FIRES", "FIRE_DEATHS", "FIRE_LOSSES", "MAJOR_FIRES")
                    .forEach(metric -> expected.put(metric, new Evidence(0.0, List.of())));
            return expected;
        }
        List<String> allHazards = new ArrayList<>(onTimeHazards);
        allHazards.add(overdueHazard);
        List<String> allCampaigns = new ArrayList<>(heldCampaigns);
        allCampaigns.add(plannedCampaign);
        expected.put("HAZARDS_RECTIFIED_ON_TIME_RATE", new Evidence(100.0 * 2 / 3, allHazards));
        expected.put("OVERDUE_HAZARDS", new Evidence(1.0, List.of(overdueHazard)));
        expected.put("MAJOR_HAZARDS_OPEN", new Evidence(0.0, List.of()));
        expected.put("CAMPAIGNS_HELD_RATE", new Evidence(100.0 * 2 / 3, allCampaigns));
        expected.put("PEOPLE_REACHED_PER_THOUSAND", new Evidence((600 + 300) / (population / 1000), heldCampaigns));
        expected.put("FIRES", new Evidence(1.0, List.of(majorFire)));
        expected.put("FIRE_DEATHS", new Evidence(2.0, List.of(majorFire)));
        expected.put("FIRE_LOSSES", new Evidence(50.0, List.of(majorFire)));
        expected.put("MAJOR_FIRES", new Evidence(1.0, List.of(majorFire)));
        return expected;
    }

    record Evidence(Double value, List<String> objects) {
    }

    /**
     * For every indicator of the scheme whose metric the scenario touches: the measured value and the ids behind it
     * are as expected, and the points are the scheme's rule applied to the value (rounded to 2 decimals as the
     * service rounds). The total is the sum of the indicators' points.
     */
    private void assertScoresAsTheSchemeSays(JsonNode score, Map<String, Evidence> expected) {
        assertThat(score.get("schemeId").asText()).isEqualTo(scheme.get("schemeId").asText());
        int checked = 0;
        for (JsonNode indicator : scheme.get("indicators")) {
            String metric = indicator.path("metric").asText(null);
            if (metric == null || !expected.containsKey(metric)) {
                continue;
            }
            Evidence want = expected.get(metric);
            JsonNode got = indicator(score, indicator.get("code").asText());
            JsonNode evidence = got.get("evidence");
            String what = indicator.get("code").asText() + ": " + got;
            if (want.value() == null) {
                assertThat(evidence.get("status").asText()).as(what).isEqualTo("NOTHING_DUE");
            } else {
                assertThat(evidence.get("status").asText()).as(what).isEqualTo("MEASURED");
                assertThat(evidence.get("value").asDouble()).as(what).isCloseTo(want.value(), within(1e-6));
            }
            assertThat(texts(evidence.get("objects"))).as(what)
                    .containsExactlyElementsOf(want.objects().stream().sorted().toList());
            double weight = indicator.get("weight").asDouble();
            double points = want.value() == null ? weight : points(indicator.get("rule"), want.value(), weight);
            assertThat(got.get("points").asDouble()).as(what).isCloseTo(Math.round(points * 100) / 100.0, within(1e-9));
            checked++;
        }
        assertThat(checked).as("indicators the scenario touches").isGreaterThanOrEqualTo(4);
        double sum = 0;
        for (JsonNode indicator : score.get("indicators")) {
            sum += indicator.get("points").asDouble();
        }
        assertThat(score.get("total").asDouble()).isCloseTo(Math.round(sum * 100) / 100.0, within(1e-9));
    }

    /** The scheme's scoring rule (评分规则) as the issue states it, applied independently of the service's code. */
    private static double points(JsonNode rule, double value, double weight) {
        double points = switch (rule.get("type").asText()) {
            case "LINEAR" -> {
                double lower = rule.get("lower").asDouble();
                double upper = rule.get("upper").asDouble();
                yield weight * (value - lower) / (upper - lower);
            }
            case "THRESHOLD" -> value >= rule.get("upper").asDouble() ? weight : 0;
            case "DEDUCTION" -> {
                double off = rule.get("per").asDouble() * value;
                JsonNode cap = rule.get("cap");
                yield weight - Math.min(off, cap == null || cap.isNull() ? weight : cap.asDouble());
            }
            default -> throw new AssertionError("a scenario metric scored by the committee: " + rule);
        };
        return Math.max(0, Math.min(weight, points));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
