package dev.wecruit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser against the production jar: headless Chromium (Debian's, with its chromedriver) signs in as the
 * demo recruiter and sees the app shell. Screenshots go to {@code target/screenshots/}.
 */
class SignInBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static RunningApp app;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static void startTheProductionJar() throws IOException {
        app = RunningApp.start(Path.of("target", "e2e", "app-" + System.currentTimeMillis()));
        String startup = "startup to login page: " + app.startup().toMillis() + " ms";
        System.out.println(startup);
        Files.createDirectories(SCREENSHOTS);
        Files.writeString(Path.of("target", "e2e", "startup.txt"), startup + System.lineSeparator());
    }

    @AfterAll
    static void stopTheApp() {
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openChromium() throws IOException {
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
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_demo_recruiter_signs_in_sees_the_app_shell_with_their_firm_and_signs_out() throws IOException {
        browser.get(app.url(""));
        signIn("recruiter@northwind.example", "northwind-recruiter");

        WebElement firm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("shell-firm")));
        assertThat(firm.getText()).isEqualTo("Northwind Talent");
        assertThat(browser.findElement(By.className("shell-member-name")).getText()).isEqualTo("Rick Recruiter");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Dashboard"));
        assertThat(browser.findElements(By.tagName("vaadin-side-nav-item"))).extracting(WebElement::getText)
                .containsExactly("Dashboard", "Candidates", "Jobs", "Companies");
        assertThat(browser.findElement(By.className("firm-overview-candidates")).getText())
                .as("the demo firm opens with its generated data").isEqualTo("2,000 candidates");
        assertThat(browser.findElement(By.className("firm-overview-companies")).getText()).isEqualTo("30 companies");
        screenshot("shell-recruiter.png");

        browser.findElements(By.tagName("vaadin-side-nav-item")).get(1).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "Candidates"));
        assertThat(browser.getCurrentUrl()).endsWith("/candidates");
        screenshot("candidates-recruiter.png");

        browser.findElement(By.className("shell-sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        browser.get(app.url("candidates"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        assertThat(browser.findElements(By.className("shell-firm"))).as("signed out").isEmpty();
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_sign_in_page_with_a_message() throws IOException {
        browser.get(app.url("login"));
        signIn("recruiter@northwind.example", "not-the-password");

        wait.until(ExpectedConditions.urlContains("error"));
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(driver -> form.getDomAttribute("error") != null);
        Object errorTitle = ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].i18n.errorMessage.title", form);
        assertThat(errorTitle).isEqualTo("Incorrect email or password");
        assertThat(browser.findElements(By.className("shell-firm"))).isEmpty();
        screenshot("sign-in-failed.png");
    }

    private void signIn(String email, String password) {
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(email);
        WebElement passwordField = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        passwordField.sendKeys(password, Keys.ENTER);
    }

    private void screenshot(String name) throws IOException {
        Path file = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
