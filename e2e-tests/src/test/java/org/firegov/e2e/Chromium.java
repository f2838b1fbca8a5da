package org.firegov.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver} (no driver download), with
 * a fresh profile, in Chinese, tablet-sized. Signs in the way a person does: on the real Keycloak login page.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("firegov.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("firegov.chromedriver", "/usr/bin/chromedriver"));
    static final String SKIP_PROPERTY = "firegov.browser-tests.skip";
    private static final Duration TIMEOUT = Duration.ofSeconds(45);

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
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, TIMEOUT);
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

    /** The address once it contains the fragment: a plain form's GET or a link may still be loading after a click. */
    String awaitUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
        return driver.getCurrentUrl();
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> findAll(By by) {
        find(by);
        return driver.findElements(by);
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

    /** Waits for this notice: on a page that showed a notice before, the old one is not taken for the new. */
    void awaitNotice(String expected) {
        new WebDriverWait(driver, TIMEOUT).withMessage(() -> "the notice \"" + expected + "\" on " + url()
                + "; messages on the page: " + driver.findElements(By.cssSelector(".form-problem, .problem")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList()).until(
                ExpectedConditions.textToBe(By.cssSelector("p.notice"), expected));
    }

    /** Chooses an option of a {@code <select>} by its value. */
    void select(By by, String value) {
        new Select(find(by)).selectByValue(value);
    }

    /** Puts a file into a file input, as choosing it in the file dialog does. */
    void attach(By fileInput, Path file) {
        driver.findElement(fileInput).sendKeys(file.toAbsolutePath().toString());
    }

    /** Keys pressed on the keyboard, to whatever has the focus (Selenium Actions: no element is clicked). */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the control matching this CSS selector has the focus; fails if the tab order never gets there. */
    void tabTo(String cssSelector) {
        for (int presses = 0; presses < 80; presses++) {
            if (Boolean.TRUE.equals(script("return !!document.activeElement && document.activeElement.matches('"
                    + cssSelector.replace("'", "\\'") + "')"))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + cssSelector + " (the focus stayed at "
                + script("return document.activeElement && document.activeElement.outerHTML.substring(0, 120)") + ")");
    }

    /** Scrolls the page so that the element is at the top of the window (e.g. before a screenshot). */
    void scrollTo(By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", find(by));
    }

    /** Whether two elements sit side by side on one line (their vertical centres within 12 px). */
    boolean sideBySide(By one, By other) {
        Rectangle a = find(one).getRect();
        Rectangle b = find(other).getRect();
        return Math.abs((a.y + a.height / 2) - (b.y + b.height / 2)) <= 12 && a.x != b.x;
    }

    /** The browser window's size (e.g. a tablet's 800 × 1100); pages are laid out anew. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** How far the page is wider than the window (0: no sideways scrolling of the page itself). */
    long horizontalOverflow() {
        return ((Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
    }

    /** Fetches a link with the browser's own session (cookies), as a click on a download link does. */
    @SuppressWarnings("unchecked")
    Download download(String href) {
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  bytes.forEach(b => binary += String.fromCharCode(b));
                  done({status: r.status, type: r.headers.get('Content-Type') || '', body: btoa(binary)});
                }).catch(e => done({status: -1, type: String(e), body: ''}));
                """, href);
        return new Download(((Number) answer.get("status")).intValue(), (String) answer.get("type"),
                Base64.getDecoder().decode((String) answer.get("body")));
    }

    record Download(int status, String contentType, byte[] body) {
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
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
