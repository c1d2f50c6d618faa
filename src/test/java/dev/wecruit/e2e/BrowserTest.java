package dev.wecruit.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser against the production jar: headless Chromium (Debian's, with its chromedriver). The jar starts
 * once for all browser tests and stops when the test JVM ends. Screenshots go to {@code target/screenshots/}.
 */
abstract class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static RunningApp app;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static synchronized void startTheProductionJar() throws IOException {
        if (app != null) {
            return;
        }
        app = RunningApp.start(Path.of("target", "e2e", "app-" + System.currentTimeMillis()));
        String startup = "startup to login page: " + app.startup().toMillis() + " ms";
        System.out.println(startup);
        Files.createDirectories(SCREENSHOTS);
        Files.writeString(Path.of("target", "e2e", "startup.txt"), startup + System.lineSeparator());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    }

    @BeforeEach
    void openChromium() throws IOException {
        browser = openAnotherBrowser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** A Chromium of its own: its own profile, cookies and session. Quit it when done. */
    static WebDriver openAnotherBrowser() throws IOException {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("wecruit.e2e.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900",
                "--user-data-dir=" + Files.createTempDirectory("wecruit-chromium-"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("wecruit.e2e.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void closeChromium(TestInfo test) throws IOException {
        if (browser != null) {
            // what the browser showed last: the first thing to look at when a browser test fails
            screenshot("last-" + test.getTestMethod().map(method -> method.getName()).orElse("test") + ".png");
            browser.quit();
        }
    }

    static String url(String path) {
        return app.url(path);
    }

    void signIn(String email, String password) {
        signInWith(browser, wait, email, password);
    }

    static void signInWith(WebDriver driver, WebDriverWait until, String email, String password) {
        WebElement username = until.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(email);
        WebElement passwordField = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        passwordField.sendKeys(password, Keys.ENTER);
    }

    /** The field with this label: a text field, text area, combo box or date picker. */
    WebElement field(String label) {
        return wait.until(driver -> (WebElement) ((JavascriptExecutor) driver).executeScript("""
                const fields = 'vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-password-field, '
                    + 'vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-big-decimal-field';
                const all = root => [...root.querySelectorAll(fields), ...[...root.querySelectorAll('*')]
                    .filter(element => element.shadowRoot).flatMap(element => all(element.shadowRoot))];
                return all(document)
                    .find(field => field.label === arguments[0] && field.checkVisibility()) || null""", label));
    }

    /** Types into the labelled field and leaves it, so the server gets the value. */
    void type(String label, String text) {
        WebElement field = field(label);
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.sendKeys(text, Keys.TAB);
    }

    void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        // in the middle of the window, clear of the sticky header and the bottom edge
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    void clickButton(String text) {
        click(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
    }

    /**
     * Waits for the heading that reads this text, whichever heading of the page it is: not for the first {@code h2}
     * to read it, which during a navigation may be another view's, or a page's still empty one.
     */
    void awaitHeading(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(headingReading(text)));
    }

    static By headingReading(String text) {
        return By.xpath("//h2[contains(normalize-space(.), '" + text + "')]");
    }

    void screenshot(String name) throws IOException {
        screenshotOf(browser, name);
    }

    static void screenshotOf(WebDriver driver, String name) throws IOException {
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(file, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
