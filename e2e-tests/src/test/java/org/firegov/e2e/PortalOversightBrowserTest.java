package org.firegov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.firegov.e2e.Http.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The oversight pages in headless Chromium against the whole platform (local stack on free ports, real Keycloak,
 * the services' demo seeds): a citizen reports a hazard at a school without signing in and follows it by its
 * tracking code while the brigade orders its rectification; an address-only report is placed at a unit from the
 * brigade's triage; the unit sees its certified “明白人” and its course, and submits its self-inspection, which the
 * education department sees in its coverage (only its own rows) as a town sees only its own; a resident answers the
 * awareness survey and the committee sees it, with the town's fire, on the dashboard, draws the points per indicator
 * and opens the plan's mid-term evaluation; the brigade narrows the hydrants to one town.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalOversightBrowserTest {

    static final String SCHOOL = "91500238MA5U7K3L74";        // unit1's unit: Xiabao, education
    static final String HEALTH_CENTRE = "91500238MA60XB2Q37"; // Tongcheng, health
    static final String SCHOOL_REPORT = "教学楼二楼安全出口被铁链锁住";
    static final String ADDRESS_REPORT = "卫生院后院电动车集中充电，线路私拉乱接";
    static final String DEMO_COURSE = "单位消防安全“明白人”培训（演示）"; // training's demo seed for unit1
    /** inspection's firegov.inspection.public-report.minimum-fill-time (PT3S) and a margin: waited out, not lowered. */
    static final Duration MINIMUM_FILL_TIME = Duration.ofMillis(3500);

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path dataDir;
    PortalStack platform;
    String trackingCode;

    @BeforeAll
    void startThePlatformWithTwoUnitsAndAFire() {
        platform = PortalStack.start(dataDir);
        String brigade = platform.token("brigade1");
        platform.register(brigade, SCHOOL, "下堡镇中心小学", "xiabao", "education", "SCHOOL");
        platform.register(brigade, HEALTH_CENTRE, "通城镇卫生院（本测试）", "tongcheng", "health", "HOSPITAL");
        // today in the county, as the portal's forms send it (the services judge dates in the county's time)
        Reply fire = platform.gateway().post("/api/inspection/incidents", brigade, Map.of("town", "xiabao",
                "occurredOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "kind", "FIRE",
                "cause", "厨房油锅起火", "major", false, "deaths", 0, "injuries", 0, "directLossYuan", 12_000));
        assertThat(fire.status()).as(String.valueOf(fire.body())).isEqualTo(201);
    }

    @AfterAll
    void stopIt() {
        PortalStack.stop(platform);
    }

    @Test
    @Order(1)
    void a_citizen_reports_a_hazard_at_a_school_and_another_by_address_and_gets_tracking_codes() {
        try (Chromium anonymous = platform.newBrowser()) {
            anonymous.open("/public/report");
            assertThat(anonymous.text(By.tagName("h1"))).isEqualTo("举报火灾隐患");
            anonymous.type(By.id("report-q"), "下堡镇中心小学");
            anonymous.click(By.cssSelector("button[form='report-search']"));
            assertThat(anonymous.text(By.cssSelector("#report-units label"))).contains("下堡镇中心小学", "下堡镇");
            assertBesideItsText(anonymous.find(By.id("report-unit-0")));
            anonymous.click(By.id("report-unit-0"));
            anonymous.type(By.id("report-description"), SCHOOL_REPORT);
            trackingCode = send(anonymous);
            assertThat(trackingCode).matches("[A-Z0-9-]{8,20}");
            assertThat(anonymous.text(By.id("report-outcome"))).contains("举报已收到");
            anonymous.scrollTo(By.id("report-outcome"));
            anonymous.screenshot("public-report");

            anonymous.open("/public/report");
            anonymous.type(By.id("report-address"), "通城镇正街卫生院后院");
            new Select(anonymous.find(By.id("report-town"))).selectByValue("tongcheng");
            anonymous.type(By.id("report-description"), ADDRESS_REPORT);
            anonymous.type(By.id("report-contact"), "13800000000");
            assertThat(send(anonymous)).isNotEqualTo(trackingCode);

            anonymous.open("/public/report/status?code=" + trackingCode);
            assertThat(anonymous.text(By.id("report-stage"))).contains(trackingCode, "已受理");
            anonymous.screenshot("public-report-status");
        }
    }

    @Test
    @Order(2)
    void the_brigade_orders_the_reported_schools_rectification_and_places_the_address_report_at_a_unit() {
        try (Chromium browser = platform.newBrowser()) {
            browser.signIn("brigade1");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                browser.refresh();
                assertThat(browser.present(By.linkText(SCHOOL_REPORT))).as("the report is a hazard to order").isTrue();
            });
            browser.click(By.linkText(SCHOOL_REPORT));
            assertThat(browser.text(By.cssSelector("dl.facts"))).contains("群众举报", SCHOOL, "下堡镇", "县教委");
            browser.type(By.id("requirement"), "立即拆除安全出口铁链");
            browser.setDate(By.id("order-deadline"), "2030-12-31");
            browser.click(By.cssSelector("form[hx-post$='/order'] button"));
            assertThat(browser.awaitNotice()).isEqualTo("已责令限期整改。");

            browser.open("/portal/brigade");
            browser.click(By.id("citizen-reports-link"));
            WebElement row = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptions().until(() -> {
                        browser.refresh();
                        return browser.find(By.xpath("//table[@id='citizen-reports']//tr[td[contains(., '"
                                + ADDRESS_REPORT + "')]]"));
                    }, r -> true);
            assertThat(row.getText()).contains("通城镇", "通城镇正街卫生院后院", "13800000000");
            assertThat(browser.text(By.id("citizen-reports"))).as("a report at a unit needs no placing")
                    .doesNotContain(SCHOOL_REPORT);
            browser.screenshot("citizen-reports");
            WebElement unitField = row.findElement(By.cssSelector("input[name='unitId']"));
            unitField.sendKeys(HEALTH_CENTRE);
            row.findElement(By.cssSelector("form[hx-post$='/placement'] button")).click();

            assertThat(browser.awaitNotice()).isEqualTo("群众举报已登记为该单位的隐患。");
            assertThat(browser.text(By.tagName("h1"))).contains(ADDRESS_REPORT);
            assertThat(browser.text(By.cssSelector("dl.facts"))).contains("群众举报", HEALTH_CENTRE, "通城镇",
                    "县卫生健康委");
            assertThat(browser.text(By.id("hazard-stage"))).isEqualTo("已发现");
        }
        try (Chromium anonymous = platform.newBrowser()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                anonymous.open("/public/report/status?code=" + trackingCode);
                assertThat(anonymous.text(By.id("report-stage"))).contains("处理中");
            });
        }
    }

    @Test
    @Order(3)
    void the_unit_sees_its_certified_manager_and_its_course_and_submits_its_self_inspection() {
        try (Chromium browser = platform.newBrowser()) {
            browser.signIn("unit1");
            browser.click(By.id("trainings-link"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("本单位培训");
            WebElement managers = browser.find(By.xpath("//table[@id='target-groups']//tr[th[contains(., '明白人')]]"));
            assertThat(managers.getText()).contains("已有人员持有效证书");
            WebElement certified = browser.find(By.xpath("//table[@id='trainees']//tr[th='周安全（演示）']"));
            assertThat(certified.getText()).contains(DEMO_COURSE, "88 合格", "WX-DEMO-");
            assertThat(browser.text(By.id("coming-sessions"))).contains(DEMO_COURSE, "下堡镇政府会议室（演示）");
            browser.screenshot("unit-trainings");

            certified.findElement(By.linkText(DEMO_COURSE)).click();
            assertThat(browser.text(By.tagName("h1"))).isEqualTo(DEMO_COURSE);
            assertThat(browser.find(By.id("sessions")).findElements(By.cssSelector("tbody tr"))).hasSize(3);
            assertThat(browser.text(By.id("course-trainees"))).contains("周安全（演示）", "演示学员（本单位）", "未考试");
            browser.screenshot("unit-training-course");

            browser.open("/portal/unit");
            browser.click(By.id("self-inspection-link"));
            WebElement form = browser.find(By.id("self-inspection"));
            List<WebElement> passes = form.findElements(By.cssSelector("input[type='radio'][value='PASS']"));
            assertThat(passes).as("the unit's checklist").isNotEmpty();
            passes.forEach(WebElement::click);
            browser.click(By.cssSelector("#self-inspection button[type='submit']"));
            assertThat(browser.awaitNotice()).startsWith("自查已提交");
        }
    }

    @Test
    @Order(4)
    void the_education_department_and_a_town_see_only_their_own_self_inspection_coverage() {
        try (Chromium browser = platform.newBrowser()) {
            browser.signIn("edu1");
            browser.click(By.id("coverage-link"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("单位自查覆盖率");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                browser.refresh();
                List<WebElement> rows = coverageRows(browser, "按行业部门");
                assertThat(rows).as("the department's own line only").hasSize(1);
                assertThat(rows.get(0).getText()).startsWith("县教委").doesNotContain("下堡镇中心小学");
                assertThat(coverageRows(browser, "按乡镇（街道）")).extracting(WebElement::getText)
                        .anySatisfy(town -> assertThat(town).startsWith("下堡镇").contains("下堡镇初级中学"));
            });
            assertThat(browser.text(By.cssSelector(".figures"))).as("the unit's self-inspection counted")
                    .matches("[\\d.]+% 覆盖率\\s+1 / \\d+ 家单位已自查.*");
            assertThat(browser.text(By.tagName("main"))).doesNotContain("县卫生健康委", "通城镇卫生院（本测试）");
            browser.screenshot("coverage-department");
        }
        try (Chromium browser = platform.newBrowser()) {
            browser.signIn("xiabao1");
            browser.click(By.id("coverage-link"));
            List<WebElement> towns = coverageRows(browser, "按乡镇（街道）");
            assertThat(towns).hasSize(1);
            assertThat(towns.get(0).getText()).startsWith("下堡镇");
            assertThat(browser.text(By.tagName("main"))).doesNotContain("通城镇");
            browser.screenshot("coverage-town");
        }
    }

    @Test
    @Order(5)
    void a_resident_answers_the_awareness_survey_and_the_committee_sees_it_with_the_towns_fire() {
        try (Chromium anonymous = platform.newBrowser()) {
            anonymous.open("/public/surveys");
            anonymous.click(By.cssSelector("a[href^='/public/surveys/']"));
            new Select(anonymous.find(By.id("survey-town"))).selectByValue("xiabao");
            for (String answer : List.of("q1-a", "q2-b", "q3-b", "q4-a")) {
                anonymous.click(By.id("answer-" + answer));
            }
            assertBesideItsText(anonymous.find(By.id("answer-q1-a")));
            anonymous.click(By.cssSelector("#survey-form button[type='submit']"));
            assertThat(anonymous.text(By.cssSelector("#survey-outcome .notice"))).contains("100", "已达到知晓标准");
        }
        try (Chromium browser = platform.newBrowser()) {
            browser.signIn("committee1");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                browser.open("/portal/committee#awareness");
                assertThat(row(browser, "awareness-towns", "下堡镇")).startsWith("下堡镇 1 1 ");
            });
            assertThat(browser.text(By.id("awareness"))).contains("消防安全常识知晓率调查（演示）", "全县");
            assertThat(row(browser, "fires-by-town", "下堡镇")).as("fires, major, deaths, injuries")
                    .startsWith("下堡镇 1 0 0 0");
            browser.screenshot("committee-awareness-fires");
        }
    }

    @Test
    @Order(6)
    void the_committee_draws_the_points_per_indicator_and_opens_the_mid_term_evaluation() {
        try (Chromium browser = platform.newBrowser()) {
            browser.signIn("committee1");
            browser.click(By.id("indicators-link"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("各考核指标季度得分");
            WebElement first = browser.find(By.cssSelector("article.indicator"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                    first.findElements(By.cssSelector(".chart svg"))).as("the ECharts chart").isNotEmpty());
            assertThat(first.getText()).contains("下堡镇", "通城镇", "县教委");
            browser.screenshot("committee-indicators");

            browser.open("/portal/committee/plan");
            browser.click(By.id("report-midterm"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("规划中期评估报告");
            assertThat(browser.text(By.id("report-as-of"))).contains("2023年12月31日");
            assertThat(browser.find(By.id("report-targets")).findElements(By.cssSelector("tbody tr[id^='target-']")))
                    .as("every plan target with its status").isNotEmpty();
            browser.screenshot("plan-report-midterm");
        }
    }

    @Test
    @Order(7)
    void the_brigade_narrows_the_hydrants_to_one_town() {
        try (Chromium browser = platform.newBrowser()) {
            browser.signIn("brigade1");
            browser.click(By.id("hydrants-link"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("消火栓和取水设施");
            assertThat(row(browser, "hydrants-by-town", "全县")).as("the county total").matches("全县( \\d+)+");
            new Select(browser.find(By.id("hydrant-town"))).selectByValue("xiabao");
            browser.click(By.cssSelector("form[action='/portal/hydrants'] button"));
            assertThat(browser.awaitUrl("town=xiabao")).contains("/portal/hydrants");
            List<WebElement> listed = browser.find(By.id("hydrants")).findElements(By.cssSelector("tbody tr"));
            assertThat(listed).isNotEmpty().allSatisfy(h -> assertThat(h.getText()).startsWith("下堡镇"));
            assertThat(browser.find(By.id("hydrants-geojson")).getAttribute("href")).endsWith("geojson?town=xiabao");
            browser.screenshot("hydrants");
        }
    }

    /** Sends the report form once its token's minimum fill time is over; the tracking code shown. */
    private static String send(Chromium browser) {
        await().pollDelay(MINIMUM_FILL_TIME).atMost(MINIMUM_FILL_TIME.plusSeconds(1)).until(() -> true);
        browser.click(By.cssSelector("#report-form > button[type='submit']"));
        return browser.text(By.cssSelector("#report-outcome .tracking-code"));
    }

    /** A radio button in a {@code label.check} sits on its text's line, as small as a radio button is. */
    private static void assertBesideItsText(WebElement radio) {
        WebElement text = radio.findElement(By.xpath("following-sibling::span"));
        assertThat(radio.getSize().getWidth()).as("the radio button's width").isLessThan(40);
        int radioMiddle = radio.getLocation().getY() + radio.getSize().getHeight() / 2;
        int textMiddle = text.getLocation().getY() + text.getSize().getHeight() / 2;
        assertThat(Math.abs(radioMiddle - textMiddle)).as("the radio button on its text's line").isLessThan(12);
        assertThat(radio.getLocation().getX()).as("left of its text").isLessThan(text.getLocation().getX());
    }

    private static List<WebElement> coverageRows(Chromium browser, String caption) {
        return browser.find(By.xpath("//table[caption='" + caption + "']"))
                .findElements(By.cssSelector("tbody tr"));
    }

    /** A table's row whose header cell starts with the label, as its text. */
    private static String row(Chromium browser, String table, String label) {
        return browser.find(By.xpath("//*[@id='" + table + "']//tr[th[starts-with(normalize-space(.), '"
                + label + "')]]")).getText();
    }
}
