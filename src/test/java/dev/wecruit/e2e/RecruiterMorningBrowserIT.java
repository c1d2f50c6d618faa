package dev.wecruit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.candidates.TestDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A recruiter's morning in a real browser: a new client, its job, a new candidate with a PDF CV, the candidate put
 * forward for the job, a call logged and seen on the timeline. Runs in the demo's second firm, so the first keeps
 * the figures the sign-in test expects.
 */
class RecruiterMorningBrowserIT extends BrowserTest {

    @Test
    void a_recruiter_creates_a_client_a_job_and_a_candidate_attaches_a_cv_adds_them_to_the_job_and_logs_a_call()
            throws IOException {
        String client = "Fjord Analytics " + System.currentTimeMillis() % 100_000;
        browser.get(url("companies/new"));
        signIn("admin@globex.example", "globex-admin-pass");

        awaitHeading("New company");
        type("Name", client);
        type("Website", "fjord-analytics.example");
        clickButton("Save");
        awaitHeading(client);
        assertThat(browser.getCurrentUrl()).contains("/companies/");
        screenshot("morning-1-company.png");

        click(By.className("company-new-job"));
        awaitHeading("New job");
        wait.until(driver -> field("Client company").getDomProperty("value") != null
                && !field("Client company").getDomProperty("value").isEmpty());
        type("Title", "Data Platform Lead");
        clickButton("Save");
        awaitHeading("Data Platform Lead");
        screenshot("morning-2-job.png");

        browser.get(url("candidates/new"));
        awaitHeading("New candidate");
        type("First name", "Ingrid");
        type("Last name", "Solberg");
        type("Current title", "Data Engineer");
        clickButton("Save");
        awaitHeading("Ingrid Solberg");

        Path cv = Files.createTempFile("ingrid-solberg-cv", ".pdf");
        Files.write(cv, TestDocuments.pdf("Ingrid Solberg", "Data Engineer", "Kafka, Spark, dbt"));
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.className("candidate-upload")));
        WebElement fileInput = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input[type=file]')"
                        + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        fileInput.sendKeys(cv.toAbsolutePath().toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[contains(., 'ingrid-solberg-cv')]")));
        screenshot("morning-3-candidate-with-cv.png");

        click(By.className("add-to-job"));
        WebElement job = field("Job");
        job.findElement(By.tagName("input")).sendKeys("Data Platform Lead");
        click(By.xpath("//vaadin-combo-box-item[contains(., '" + client + "')]"));
        click(By.className("add-to-job-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("candidate-jobs"),
                "Data Platform Lead · " + client));

        click(By.className("log-call"));
        field("What happened").findElement(By.tagName("textarea"))
                .sendKeys("Called Ingrid about the Data Platform Lead role; interested.", Keys.TAB);
        click(By.className("log-activity-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("timeline-entry-body"),
                "Called Ingrid about the Data Platform Lead role; interested."));
        screenshot("morning-4-call-on-timeline.png");

        click(By.cssSelector(".candidate-jobs a"));
        awaitHeading("Data Platform Lead");
        // the job's page is long and keeps the candidate page's scroll: read the part's text, not what is on screen
        wait.until(driver -> driver.findElement(By.className("job-pipeline")).getDomProperty("textContent")
                .contains("1"));
        screenshot("morning-5-job-pipeline.png");
        browser.navigate().back();
        awaitHeading("Ingrid Solberg");

        // "/" outside a field jumps to the search box; a "/" typed into a field stays there
        browser.get(url("candidates"));
        awaitHeading("Candidates");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("list-view-search")));
        new Actions(browser).sendKeys("/").perform();
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.activeElement && document.activeElement.closest('.list-view-search') !== null"));
        new Actions(browser).sendKeys("Solberg").perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("list-view-total"), "found"));
        assertThat(browser.findElement(By.className("list-view-search")).getDomProperty("value"))
                .isEqualTo("Solberg");
        type("Location", "Oslo/Bergen");
        assertThat(field("Location").getDomProperty("value")).isEqualTo("Oslo/Bergen");
        browser.navigate().back();
        awaitHeading("Ingrid Solberg");

        // a tablet held upright: everything still fits the width, nothing scrolls sideways
        browser.manage().window().setSize(new Dimension(820, 1180));
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return window.innerWidth <= 820"));
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        screenshot("morning-6-candidate-on-a-tablet.png");
    }
}
