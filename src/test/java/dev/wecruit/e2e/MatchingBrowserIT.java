package dev.wecruit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Matching in a real browser: the demo's second firm's admin re-indexes the firm from Settings, opens a job, sees its
 * best matches with the evidence behind them, and adds two of them to the pipeline.
 */
class MatchingBrowserIT extends BrowserTest {

    @Test
    void an_admin_re_indexes_opens_a_job_sees_its_best_matches_and_adds_two_to_the_pipeline() throws IOException {
        browser.get(url("admin/settings"));
        signIn("admin@globex.example", "globex-admin-pass");
        awaitHeading("Settings");
        click(By.className("settings-reindex"));
        // the page says how far the index is when it opens: open it again until nothing waits
        new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofSeconds(2)).until(driver -> {
            driver.navigate().refresh();
            String state = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.className("matching-index-state"))).getText();
            return state.matches("[1-9]\\d* candidates read for matching\\.");
        });

        browser.get(url("jobs"));
        awaitHeading("Jobs");
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Open']"));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.className("best-match"), 1));
        WebElement best = browser.findElement(By.className("best-match"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.className("best-matches")));
        assertThat(best.getText()).contains("% match", "requirements met");
        screenshot("matching-1-best-matches.png");
        String pipelineBefore = browser.findElement(By.className("job-pipeline")).getDomProperty("textContent");

        List<WebElement> picks = browser.findElements(By.cssSelector("vaadin-checkbox.best-match-pick input"));
        assertThat(picks).hasSizeGreaterThan(1);
        for (WebElement pick : picks.subList(0, 2)) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'})", pick);
            pick.click();
        }
        // enabled once the server has both picks
        wait.until(driver -> driver.findElement(By.className("best-matches-add")).getDomAttribute("disabled") == null);
        click(By.className("best-matches-add"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "Added 2 candidates to the pipeline"));
        wait.until(driver -> !driver.findElement(By.className("job-pipeline")).getDomProperty("textContent")
                .equals(pipelineBefore));
        screenshot("matching-2-added.png");
    }
}
