package org.firegov.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver} (no driver download), with
 * a fresh profile, in Chinese, tablet-sized. Signs in the way a person does: on the real Keycloak login page.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("firegov.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("firegov.chromedriver", "/usr/bin/chromedriver"));
    static final String SKIP_PROPERTY = "firegov.browser-tests.skip";

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String gatewayUrl;

    /**
     * Skips only when asked to ({@code -Dfiregov.browser-tests.skip=true}); a machine without Chromium fails, so CI
     * never passes without having run the browser tests.
     */
    static void requireInstalled() {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY),
                "browser tests skipped on request (-D" + SKIP_PROPERTY + "=true)");
        for (Path needed : List.of(BINARY, DRIVER)) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run installs them). "
                        + "To skip them deliberately: -D" + SKIP_PROPERTY + "=true");
            }
        }
    }

    Chromium(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    }

    /** From the gateway's start page through Keycloak's login form to the user's portal. */
    void signIn(String username) {
        open("/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        name.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(gatewayUrl + "/portal/"));
    }

    /** The header's sign-out button: the gateway ends the session and Keycloak's; the next page asks to log in. */
    void signOut() {
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    void open(String path) {
        driver.get(gatewayUrl + path);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String text(By by) {
        return find(by).getText();
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take the ISO value whatever the browser's display format. */
    void setDate(By by, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(by), isoDate);
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** After a form: htmx loads the page the portal names, which confirms what was done. */
    String awaitNotice() {
        return text(By.cssSelector("p.notice"));
    }

    void refresh() {
        driver.navigate().refresh();
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** A PNG of the whole page's viewport into {@code -Dfiregov.screenshots} (default target/screenshots). */
    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("firegov.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
