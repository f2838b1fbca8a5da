package org.firegov.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.firegov.localstack.LocalStack;
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

/**
 * The portals in headless Chromium against the whole platform (local stack on free ports, real Keycloak): each demo
 * user signs in on Keycloak's login page and does one real piece of work. A hazard goes the whole way — the brigade
 * orders its rectification, the unit submits it with a photo, the brigade verifies it, and the committee's count of open hazards
 * falls while Xiabao's points for open major hazards move back once it is closed; the committee lists a
 * major hazard, which then appears on the public page; a department and a town complete responsibility tasks; a
 * department cannot open another department's hazard, even by its URL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserTest {

    static final String DEMO_UNIT = PortalStack.DEMO_UNIT;
    static final String HEALTH_UNIT = PortalStack.HEALTH_UNIT;

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path dataDir;
    PortalStack platform;
    LocalStack stack;
    String hazard;       // reported at the demo unit, major (so Xiabao's score counts it while it is open)
    String majorHazard;  // reported at the health unit, major

    @BeforeAll
    void startThePlatformWithTwoUnitsAndTheirHazards() {
        platform = PortalStack.start(dataDir);
        stack = platform.stack();
        String brigade = platform.token("brigade1");
        platform.register(brigade, DEMO_UNIT, "下堡镇中心小学", "xiabao", "education");
        platform.register(brigade, HEALTH_UNIT, "通城镇卫生院", "tongcheng", "health");
        hazard = platform.report(brigade, DEMO_UNIT, "疏散通道堵塞", true);
        majorHazard = platform.report(brigade, HEALTH_UNIT, "消防控制室无人值守", true);
    }

    @AfterAll
    void stopIt() {
        PortalStack.stop(platform);
    }

    @Test
    @Order(1)
    void the_brigade_orders_the_rectification_of_a_reported_hazard() {
        try (Chromium browser = new Chromium(stack.gatewayUrl())) {
            browser.signIn("brigade1");
            assertThat(browser.url()).endsWith("/portal/brigade");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("消防救援大队工作台");
            browser.screenshot("brigade");

            browser.click(By.cssSelector("a[href='/portal/hazards/" + hazard + "']"));
            browser.type(By.id("requirement"), "三日内清理疏散通道");
            browser.setDate(By.id("order-deadline"), "2030-12-31");
            browser.click(By.cssSelector("form[hx-post$='/order'] button"));

            assertThat(browser.awaitNotice()).isEqualTo("已责令限期整改。");
            assertThat(browser.text(By.id("hazard-stage"))).isEqualTo("限期整改中");
            browser.signOut();
        }
    }

    @Test
    @Order(2)
    void the_unit_submits_its_rectification() {
        try (Chromium browser = new Chromium(stack.gatewayUrl())) {
            browser.signIn("unit1");
            assertThat(browser.url()).endsWith("/portal/unit");
            assertThat(browser.text(By.tagName("h1"))).contains("下堡镇中心小学");
            browser.screenshot("unit");

            browser.click(By.linkText("疏散通道堵塞"));
            browser.type(By.id("rectification"), "已清理疏散通道，增设应急照明");
            browser.attach(By.id("rectification-files"), photo("疏散通道清理后.png"));
            browser.click(By.cssSelector("form[hx-post$='/rectification'] button"));

            assertThat(browser.awaitNotice()).isEqualTo("整改情况已提交，等待复查。");
            assertThat(browser.text(By.id("hazard-stage"))).isEqualTo("待复查");
            assertThat(browser.text(By.id("hazard-evidence"))).contains("疏散通道清理后.png");
        }
    }

    @Test
    @Order(3)
    void the_brigade_verifies_it_from_its_queue_and_the_committee_sees_the_score_move() {
        String pointsBefore;
        try (Chromium browser = new Chromium(stack.gatewayUrl())) {
            browser.signIn("committee1");
            browser.open("/portal/committee/scores/TOWN/xiabao");
            pointsBefore = majorHazardsRow(browser).findElements(By.tagName("td")).get(2).getText();
            assertThat(majorHazardsRow(browser).getText()).as("an open major hazard costs points").contains(hazard);
        }
        try (Chromium browser = new Chromium(stack.gatewayUrl())) {
            browser.signIn("brigade1");
            browser.click(By.cssSelector("#verification-queue a[href='/portal/hazards/" + hazard + "']"));
            assertThat(browser.text(By.id("hazard-evidence"))).as("the unit's photo, for the brigade to judge")
                    .contains("疏散通道清理后.png");
            browser.click(By.id("verify-pass"));
            assertThat(browser.awaitNotice()).isEqualTo("复查合格，隐患已销案。");
            assertThat(browser.text(By.id("hazard-stage"))).isEqualTo("已销案");
        }
        try (Chromium browser = new Chromium(stack.gatewayUrl())) {
            browser.signIn("committee1");
            assertThat(browser.url()).contains("/portal/committee");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                browser.refresh();
                String openHazards = browser.text(By.cssSelector(".figures"));
                assertThat(openHazards).startsWith("1 未整改").contains("1 重大隐患");
            });
            assertThat(browser.present(By.cssSelector("#score-chart svg"))).as("the ECharts chart").isTrue();
            assertThat(browser.text(By.id("scores-TOWN"))).contains("下堡镇", "通城镇");
            browser.screenshot("committee");

            browser.click(By.linkText("下堡镇"));
            assertThat(browser.text(By.tagName("h1"))).contains("下堡镇");
            // the verified major hazard no longer counts against Xiabao, and its points moved back
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                browser.refresh();
                assertThat(majorHazardsRow(browser).getText()).doesNotContain(hazard);
            });
            assertThat(majorHazardsRow(browser).findElements(By.tagName("td")).get(2).getText())
                    .isNotEqualTo(pointsBefore);
            browser.screenshot("committee-drill-down");
        }
    }

    @Test
    @Order(4)
    void the_committee_lists_a_major_hazard_and_the_public_sees_it_without_signing_in() {
        try (Chromium browser = new Chromium(stack.gatewayUrl())) {
            browser.signIn("committee1");
            browser.open("/portal/hazards/" + majorHazard);
            browser.type(By.id("document"), "巫安委〔2026〕1号");
            browser.type(By.id("listing-reason"), "消防控制室长期无人值守");
            browser.click(By.cssSelector("form[hx-post$='/listing'] button"));
            assertThat(browser.awaitNotice()).isEqualTo("已挂牌督办。");
        }
        try (Chromium anonymous = new Chromium(stack.gatewayUrl())) {
            anonymous.open("/public/major-hazards");
            assertThat(anonymous.text(By.id("listed-major-hazards"))).contains("通城镇卫生院", "通城镇");
            anonymous.screenshot("public");

            anonymous.click(By.linkText("English"));
            assertThat(anonymous.text(By.tagName("h1"))).isEqualTo("Major fire hazards under listed supervision");
            anonymous.open("/public/campaigns");
            assertThat(anonymous.text(By.tagName("h1"))).as("the choice is kept").isEqualTo("Campaign calendar");
        }
    }

    @Test
    @Order(5)
    void a_department_completes_a_task_and_cannot_open_another_departments_hazard() {
        try (Chromium browser = new Chromium(stack.gatewayUrl())) {
            browser.signIn("edu1");
            assertThat(browser.url()).endsWith("/portal/department");
            assertThat(browser.text(By.tagName("h1"))).contains("县教委");
            browser.screenshot("department");
            completeFirstOpenTask(browser);

            browser.open("/portal/hazards/" + majorHazard);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("未找到");
            assertThat(browser.text(By.cssSelector(".problem"))).contains("不在您的管辖范围内");
            assertThat(browser.text(By.tagName("body"))).doesNotContain("消防控制室无人值守");
            browser.screenshot("department-other-hazard");
            browser.signOut();
        }
    }

    @Test
    @Order(6)
    void a_town_completes_a_task_and_sees_its_hydrants() {
        try (Chromium browser = new Chromium(stack.gatewayUrl())) {
            browser.signIn("xiabao1");
            assertThat(browser.url()).endsWith("/portal/town");
            assertThat(browser.text(By.tagName("h1"))).contains("下堡镇");
            assertThat(browser.text(By.tagName("main"))).contains("市政消火栓建有率和完好率");
            browser.screenshot("town");
            completeFirstOpenTask(browser);
        }
    }

    private static void completeFirstOpenTask(Chromium browser) {
        By evidence = By.cssSelector("#tasks form input[name='evidence']");
        assertThat(browser.present(evidence)).as("the responsibility list has an open task").isTrue();
        browser.type(evidence, "已召开专题会议，形成分析报告");
        browser.click(By.cssSelector("#tasks form button"));
        assertThat(browser.awaitNotice()).isEqualTo("任务已完成。");
    }

    /** The drill-down's row of 重大火灾隐患未销案 (the example scheme's open-major-hazards indicator, 5 points each). */
    private static WebElement majorHazardsRow(Chromium browser) {
        return browser.find(By.xpath("//tr[td[1][starts-with(normalize-space(), '重大火灾隐患未销案')]]"));
    }

    /** A small PNG, as a phone's photo of the rectified place would be. */
    private static Path photo(String name) {
        try {
            Path photo = dataDir.resolve(name);
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            image.setRGB(10, 10, 0x2E7D32);
            ImageIO.write(image, "png", photo.toFile());
            return photo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
