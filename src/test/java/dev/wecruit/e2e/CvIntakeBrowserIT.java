package dev.wecruit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.candidates.TestDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * CV intake in a real browser: a recruiter drops three CVs (PDF, Word, text) on "Add from CVs", watches them being
 * read, opens the review queue, corrects the proposed title of the first and saves it. Runs in the demo's second
 * firm, like the other browser tests that add records.
 */
class CvIntakeBrowserIT extends BrowserTest {

    @Test
    void a_recruiter_drops_three_cvs_watches_them_being_read_reviews_one_and_saves_it() throws IOException {
        long unique = System.currentTimeMillis() % 100_000;
        Path folder = Files.createTempDirectory("cvs");
        Path pdf = folder.resolve("lena-fischer.pdf");
        Files.write(pdf, TestDocuments.pdf("Lena Fischer", "Civil Engineer",
                "lena.fischer" + unique + "@mail.example | +49 30 901820 | Hamburg, Germany", "", "Experience",
                "Civil Engineer, Elbe Bau GmbH", "2018 - Present", "", "Skills", "AutoCAD, Structural analysis"));
        Path docx = folder.resolve("tomasz-nowak.docx");
        Files.write(docx, TestDocuments.docx("Tomasz Nowak", "Warehouse Supervisor",
                "tomasz.nowak" + unique + "@mail.example", "+44 7700 900982", "Manchester, United Kingdom",
                "Experience", "Warehouse Supervisor at Northern Logistics Ltd", "2016 - Present"));
        Path text = folder.resolve("ana-silva.txt");
        Files.writeString(text, String.join("\n", List.of("Ana Silva", "Pharmacist",
                "ana.silva" + unique + "@mail.example", "+351 912 345 678", "Lisbon, Portugal", "",
                "Experience", "Pharmacist, Farmácia Central", "2015 - Present")), StandardCharsets.UTF_8);

        browser.get(url("candidates"));
        signIn("admin@globex.example", "globex-admin-pass");
        awaitHeading("Candidates");
        click(By.className("add-from-cvs"));
        awaitHeading("Add candidates from CVs");

        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.className("cv-drop")));
        WebElement fileInput = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input[type=file]')"
                        + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        fileInput.sendKeys(pdf.toAbsolutePath() + "\n" + docx.toAbsolutePath() + "\n" + text.toAbsolutePath());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("cv-read"), "Read 3 CVs"));
        click(By.className("cv-read"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("intake-progress")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("intake-progress-text"),
                "3 of 3 CVs read"));
        screenshot("cv-intake-1-read.png");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("cv-review-open"),
                "Review 3 CVs"));
        click(By.className("cv-review-open"));

        awaitHeading("Review CVs");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("list-view-total"),
                "3 CVs to review"));
        wait.until(driver -> field("Emails (one per line)").getDomProperty("value").contains("@mail.example"));
        WebElement title = field("Current title").findElement(By.cssSelector("input"));
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Lead " + unique, Keys.TAB);
        screenshot("cv-intake-2-review.png");
        String firstName = field("First name").getDomProperty("value");
        click(By.className("cv-review-save"));

        // the header may be scrolled out of view by now: read its text, not what is on screen
        wait.until(driver -> driver.findElement(By.className("list-view-total")).getDomProperty("textContent")
                .contains("2 CVs to review"));
        browser.get(url("candidates?q=" + "Lead%20" + unique));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), firstName));
        assertThat(firstName).isNotBlank();
        screenshot("cv-intake-3-saved.png");
    }
}
