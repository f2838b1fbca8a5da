package org.firegov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.firegov.e2e.Http.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The portal's working pages in headless Chromium against the whole platform: the brigade records an incident,
 * acknowledges an IoT alarm that a device raised through Kafka, and inspects a unit with its checklist (a failed item
 * raises a hazard; the public results show the inspection); the unit submits its monthly self-inspection with the
 * keyboard alone and a rectification with a photo, which it can download again; the committee follows a town's trend
 * and the plan's targets with the fire statistics; the public answers the awareness survey. The main pages are checked
 * at a tablet's width. One stack and one signed-in browser per user for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalWorkflowsBrowserTest {

    static final String UNIT = PortalStack.DEMO_UNIT;   // unit1's: 下堡镇中心小学
    static final String UNIT_NAME = "下堡镇中心小学";

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path dataDir;
    @TempDir
    static Path files;
    PortalStack platform;
    String orderedHazard;   // at the unit, rectification ordered: the unit answers it with a photo
    String inspectionId;    // started by the brigade in the browser

    @BeforeAll
    void startThePlatformWithTheUnitAndAnOrderedHazard() {
        platform = PortalStack.start(dataDir);
        String brigade = platform.token("brigade1");
        platform.register(brigade, UNIT, UNIT_NAME, "xiabao", "education");
        orderedHazard = platform.report(brigade, UNIT, "灭火器压力不足", false);
        Reply ordered = platform.gateway().post("/api/inspection/hazards/" + orderedHazard + "/rectification-order",
                brigade, Map.of("requirement", "更换灭火器", "deadline", Instant.now().plus(Duration.ofDays(30)).toString()));
        assertThat(ordered.status()).as(String.valueOf(ordered.body())).isBetween(200, 299);
    }

    @AfterAll
    void stopIt() {
        PortalStack.stop(platform);
    }

    @Test
    @Order(1)
    void the_brigade_records_an_incident_and_sees_it_in_the_list() {
        Chromium brigade = platform.browserOf("brigade1");
        brigade.click(By.id("incidents-link"));
        brigade.select(By.id("incident-kind"), "FIRE");
        brigade.select(By.id("incident-town"), "xiabao");
        brigade.type(By.id("incident-unit"), UNIT);
        brigade.type(By.id("incident-cause"), "厨房油锅起火");
        brigade.type(By.id("incident-injuries"), "1");
        brigade.type(By.id("incident-loss"), "12000");
        brigade.click(By.cssSelector("#record-incident button[type='submit']"));

        brigade.awaitNotice("已登记。");
        assertThat(brigade.text(By.id("incidents")))
                .as("the new incident is listed at once").contains("厨房油锅起火", "下堡镇", "火灾扑救", "12000");
        brigade.scrollTo(By.id("incident-loss"));
        brigade.screenshot("incidents");
    }

    @Test
    @Order(2)
    void the_brigade_acknowledges_an_alarm_a_smoke_detector_raised_with_a_verdict() {
        String device = "e2e-smoke-" + UUID.randomUUID().toString().substring(0, 8);
        IotPlatform.send(platform.stack().kafkaBootstrap(), IotPlatform.smoke(device, UNIT));

        Chromium brigade = platform.browserOf("brigade1");
        By row = By.xpath("//table[@id='alarms']//tr[td[contains(., '" + device + "')]]");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            brigade.open("/portal/alarms");
            assertThat(brigade.present(row)).as("the alarm of " + device).isTrue();
        });
        WebElement alarm = brigade.find(row);
        assertThat(alarm.getText()).contains("火警", UNIT, "下堡镇", "待核查");
        brigade.screenshot("alarms");

        String formOf = "//table[@id='alarms']//tr[td[contains(., '" + device + "')]]//form[contains(@action, '/acknowledgement')]";
        brigade.select(By.xpath(formOf + "//select[@name='verdict']"), "FALSE_ALARM");
        brigade.type(By.xpath(formOf + "//input[@name='note']"), "厨房油烟误触发");
        brigade.click(By.xpath(formOf + "//button"));

        brigade.awaitNotice("报警已核查。");
        assertThat(brigade.text(row)).contains("已核查", "误报").doesNotContain("待核查");
    }

    @Test
    @Order(3)
    void the_brigade_inspects_the_unit_raises_a_hazard_and_the_public_sees_the_result() {
        Chromium brigade = platform.browserOf("brigade1");
        brigade.open("/portal/brigade");
        brigade.click(By.id("inspections-link"));
        brigade.type(By.id("inspection-unit"), UNIT);
        brigade.type(By.id("inspection-inspectors"), "张伟、李娜");
        brigade.click(By.cssSelector("#start-inspection button[type='submit']"));
        brigade.awaitNotice("检查已开始。");
        inspectionId = brigade.url().replaceAll(".*/portal/inspections/([^/?]+).*", "$1");

        for (WebElement result : brigade.findAll(By.cssSelector("#findings select"))) {
            brigade.select(By.id(result.getAttribute("id")), "PASS");
        }
        brigade.select(By.id("result-EXITS"), "FAIL");
        brigade.type(By.id("note-EXITS"), "二楼安全出口锁闭");
        brigade.click(By.cssSelector("#findings button[type='submit']"));
        brigade.awaitNotice("检查结果已保存。");

        brigade.type(By.id("hazard-description-EXITS"), "二楼安全出口锁闭，疏散通道堆放杂物");
        brigade.screenshot("inspection");
        brigade.click(By.cssSelector("form[action$='/findings/EXITS/hazard'] button"));
        brigade.awaitNotice("已登记隐患。");
        assertThat(brigade.present(By.cssSelector("#findings a[href^='/portal/hazards/']")))
                .as("the failed item links to its hazard").isTrue();

        brigade.click(By.cssSelector("#complete-inspection button"));
        brigade.awaitNotice("检查已完成。");
        assertThat(brigade.text(By.cssSelector(".figures"))).contains("检查不合格");
        assertThat(brigade.present(By.cssSelector("#findings select"))).as("no more findings once completed").isFalse();

        Chromium anyone = platform.browserOf(null);
        anyone.open("/public");
        anyone.click(By.cssSelector("a[href='/public/inspections']"));
        assertThat(anyone.text(By.id("inspection-results"))).contains(UNIT_NAME, "检查不合格", "1");
        assertThat(anyone.text(By.tagName("main"))).as("findings stay internal").doesNotContain("二楼安全出口锁闭");
        anyone.screenshot("public-inspections");
    }

    /** Keyboard only: Tab between controls, Space and the arrow keys for the radio buttons, Enter to send. */
    @Test
    @Order(4)
    void the_unit_submits_its_self_inspection_with_the_keyboard_alone_and_sees_the_hazard_it_raised() {
        Chromium unit = platform.browserOf("unit1");
        unit.open("/portal/unit");
        unit.tabTo("#self-inspection-link");
        unit.press(Keys.ENTER);
        unit.find(By.id("self-inspection"));

        List<String> items = unit.findAll(By.cssSelector("#self-inspection input[type='radio'][value='PASS']")).stream()
                .map(radio -> radio.getAttribute("name").substring("result.".length())).toList();
        assertThat(items).contains("EXITS", "E_BIKE");
        assertThat(unit.sideBySide(By.id("result-EXITS-FAIL"), By.cssSelector("label[for='result-EXITS-FAIL']")))
                .as("each choice beside its label").isTrue();
        for (String item : items) {
            unit.tabTo("#result-" + item + "-PASS");
            if (item.equals("E_BIKE")) {
                unit.press(Keys.ARROW_RIGHT);   // moves to 不合格 and chooses it
                unit.tabTo("#note-" + item);
                unit.press("楼梯间发现电动自行车充电");
            } else {
                unit.press(Keys.SPACE);
            }
        }
        unit.tabTo("#risk-declaration");
        unit.press("学生宿舍电气线路老化");
        unit.tabTo("#self-inspection button[type=submit]");
        unit.press(Keys.ENTER);

        unit.awaitNotice("自查已提交；不合格项已登记为隐患。");
        String past = unit.text(By.id("self-inspections"));
        assertThat(past).contains(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7),
                "学生宿舍电气线路老化");
        unit.screenshot("self-inspection");

        unit.click(By.cssSelector("#self-inspections a[href^='/portal/hazards/']"));
        assertThat(unit.text(By.tagName("h1"))).contains("电动自行车", "楼梯间发现电动自行车充电");
        assertThat(unit.text(By.id("hazard-stage"))).isEqualTo("已发现");
    }

    @Test
    @Order(5)
    void the_unit_submits_a_rectification_with_a_photo_and_can_download_it_again() throws IOException {
        Path photo = files.resolve("灭火器更换后.png");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xB3261E);
        ImageIO.write(image, "png", photo.toFile());
        byte[] sent = Files.readAllBytes(photo);

        Chromium unit = platform.browserOf("unit1");
        unit.open("/portal/unit");
        unit.click(By.linkText("灭火器压力不足"));
        unit.type(By.id("rectification"), "已更换全部过期灭火器");
        unit.attach(By.id("rectification-files"), photo);
        unit.click(By.cssSelector("form[hx-post$='/rectification'] button"));

        unit.awaitNotice("整改情况已提交，等待复查。");
        assertThat(unit.text(By.id("hazard-stage"))).isEqualTo("待复查");
        WebElement link = unit.find(By.cssSelector("#hazard-evidence a"));
        assertThat(link.getText()).isEqualTo("灭火器更换后.png");
        assertThat(unit.text(By.id("hazard-evidence"))).contains("image/png");
        unit.screenshot("rectification-evidence");

        Chromium.Download download = unit.download(link.getAttribute("href"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("image/png");
        assertThat(download.body()).as("the photo as it was sent").isEqualTo(sent);
    }

    @Test
    @Order(6)
    void the_committee_follows_a_towns_trend_and_the_plan_targets_with_the_fire_statistics() {
        Chromium committee = platform.browserOf("committee1");
        committee.open("/portal/committee");
        committee.click(By.linkText("下堡镇"));
        assertThat(committee.text(By.id("trend"))).contains("季度得分走势", "第1季度");
        assertThat(committee.present(By.id("export-pdf"))).isTrue();
        committee.screenshot("committee-trend");

        committee.open("/portal/committee");
        committee.click(By.id("monitor-link"));
        List<WebElement> targets = committee.findAll(By.cssSelector("#plan-targets tbody tr"));
        assertThat(targets).as("the plan's quantified targets").hasSizeGreaterThan(3);
        assertThat(committee.findAll(By.cssSelector("#plan-targets tbody .tag"))).as("each with its status")
                .hasSameSizeAs(targets);
        String fires = committee.text(By.id("fire-statistics"));
        assertThat(fires).contains("2016", "规划历史数据", "76");
        String thisYear = committee.text(By.xpath("//table[@id='fire-statistics']//tr[td[1][starts-with(normalize-space(.), '"
                + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "')]]"));
        assertThat(thisYear).as("this year's row counts the fire recorded above").doesNotContain("规划历史数据");
        assertThat(thisYear.split("\\s+")[1]).isNotEqualTo("0");
        committee.screenshot("committee-plan");
    }

    @Test
    @Order(7)
    void a_member_of_the_public_answers_the_survey_and_sees_the_score() {
        Chromium anyone = platform.browserOf(null);
        anyone.open("/public");
        anyone.click(By.cssSelector("a[href='/public/surveys']"));
        anyone.click(By.partialLinkText("知晓率调查"));
        anyone.select(By.id("survey-town"), "xiabao");
        assertThat(anyone.sideBySide(By.id("answer-q1-a"), By.xpath("//input[@id='answer-q1-a']/following-sibling::span")))
                .as("each answer beside its text").isTrue();
        for (String answer : List.of("q1-a", "q2-b", "q3-b", "q4-b")) {   // the last one wrong: 高层建筑 … 能
            anyone.click(By.id("answer-" + answer));
        }
        anyone.click(By.cssSelector("#survey-form button[type='submit']"));
        assertThat(anyone.text(By.cssSelector("#survey-outcome .notice")))
                .contains("您的得分：75 分。", "已达到知晓标准");
        anyone.screenshot("survey");
    }

    /** A tablet in the field (800 × 1100, portrait): the pages reflow, only wide tables scroll within their box. */
    @Test
    @Order(8)
    void the_main_pages_fit_a_tablet_without_sideways_scrolling() {
        Map<String, List<String>> pages = Map.of(
                "brigade1", List.of("/portal/brigade", "/portal/alarms", "/portal/incidents", "/portal/inspections",
                        "/portal/inspections/" + inspectionId, "/portal/hazards/" + orderedHazard),
                "committee1", List.of("/portal/committee", "/portal/committee/scores/TOWN/xiabao",
                        "/portal/committee/plan"),
                "unit1", List.of("/portal/unit", "/portal/unit/self-inspection"),
                "", List.of("/public", "/public/major-hazards", "/public/inspections", "/public/surveys"));
        List<String> overflowing = new ArrayList<>();
        pages.forEach((user, paths) -> {
            Chromium browser = platform.browserOf(user.isEmpty() ? null : user);
            browser.resize(800, 1100);
            for (String path : paths) {
                browser.open(path);
                browser.find(By.tagName("h1"));
                long overflow = browser.horizontalOverflow();
                if (overflow > 0) {
                    overflowing.add(path + " (" + user + "): " + overflow + " px too wide");
                }
                if (path.equals("/portal/unit/self-inspection")) {
                    for (String choice : List.of("PASS", "FAIL", "NOT_APPLICABLE")) {
                        String id = "result-EXITS-" + choice;
                        if (!browser.sideBySide(By.id(id), By.cssSelector("label[for='" + id + "']"))) {
                            overflowing.add(path + ": the radio button " + id + " is not beside its label");
                        }
                    }
                    browser.screenshot("tablet-self-inspection");
                }
            }
            browser.resize(1280, 1000);
        });
        assertThat(overflowing).as("pages that do not fit a tablet").isEmpty();
    }
}
