package dev.wecruit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An import in a real browser: a recruiter uploads a CSV on "Import", keeps the suggested mapping, dry-runs it, imports
 * it while the progress bar moves, then downloads the file back and finds each row's result in its last column. Runs
 * in the demo's second firm, like the other browser tests that add records.
 */
class ImportBrowserIT extends BrowserTest {

    @Test
    void a_recruiter_uploads_a_csv_dry_runs_it_imports_it_and_downloads_the_result_file() throws IOException {
        long unique = System.currentTimeMillis() % 100_000;
        String company = "Browserton Works " + unique;
        Path csv = Files.createTempDirectory("import").resolve("people.csv");
        Files.writeString(csv, String.join("\r\n", List.of(
                "First Name,Last Name,E-mail Address,Current Company,Job Title",
                "Quilla,Zembrakt,quilla" + unique + "@mail.example," + company + ",Welder",
                "Orrin,Vasquelle,orrin" + unique + "@mail.example," + company + ",Rigger",
                "Pell,Abernathyx,not-an-email," + company + ",Fitter",
                "Quilla,Zembrakt-Again,QUILLA" + unique + "@mail.example," + company + ",Welder")) + "\r\n",
                StandardCharsets.UTF_8);

        browser.get(url("imports"));
        signIn("admin@globex.example", "globex-admin-pass");
        awaitHeading("Import candidates");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.className("import-upload")));
        WebElement fileInput = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input[type=file]')"
                        + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        fileInput.sendKeys(csv.toAbsolutePath().toString());

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("import-columns")));
        click(By.className("import-dry-run"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("import-dry-run-summary"),
                "2 to create, 0 to update, 1 duplicate, 1 invalid"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("import-problems"),
                "Line 4 · Invalid: Email: Not a valid email address"));
        screenshot("import-1-dry-run.png");

        click(By.className("import-run"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("import-progress")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("import-progress-text"),
                "Done: 2 created, 0 updated, 2 skipped"));
        WebElement download = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.className("import-result-download")));
        screenshot("import-2-done.png");

        // the browser fetches the link with its own session, as a click on "Download" would
        String result = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href, {credentials: 'same-origin'})
                    .then(response => response.text()).then(done, error => done('failed: ' + error))""",
                download);
        List<String> lines = result.replaceFirst("^\uFEFF", "").lines().toList();
        assertThat(lines.getFirst()).endsWith(",Import result");
        assertThat(lines.get(1)).startsWith("Quilla,Zembrakt,").endsWith(",created");
        assertThat(lines.get(2)).startsWith("Orrin,Vasquelle,").endsWith(",created");
        assertThat(lines.get(3)).startsWith("Pell,Abernathyx,").contains("skipped: Email: Not a valid email address");
        assertThat(lines.get(4)).contains("skipped: Same email as line 2");

        browser.get(url("candidates?q=Orrin%20Vasquelle"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), company));
    }
}
