package dev.wecruit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two recruiters of the demo firm have the same job's board open in two browsers. One drags a card to another
 * column; the other sees it arrive without reloading, and sees who else is looking.
 */
class LiveBoardBrowserIT extends BrowserTest {

    @Test
    void a_card_dragged_in_one_browser_moves_in_the_other_without_a_reload() throws IOException {
        WebDriver first = browser;
        WebDriverWait firstWait = wait;
        first.get(url("jobs"));
        signIn("recruiter@northwind.example", "northwind-recruiter");
        awaitHeading("Jobs");
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Open']"));
        click(By.className("open-board"));
        firstWait.until(ExpectedConditions.presenceOfElementLocated(By.className("board-card")));
        String board = first.getCurrentUrl();

        WebDriver second = openAnotherBrowser();
        try {
            var secondWait = new WebDriverWait(second, Duration.ofSeconds(30));
            second.get(board);
            signInWith(second, secondWait, "admin@northwind.example", "northwind-admin");
            secondWait.until(ExpectedConditions.presenceOfElementLocated(By.className("board-card")));
            firstWait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("board-presence"),
                    "Also looking"));

            WebElement card = first.findElement(By.cssSelector(".board-column .board-card"));
            String name = card.findElement(By.className("board-card-name")).getText();
            String application = card.getDomAttribute("data-application");
            List<WebElement> columns = first.findElements(By.className("board-column"));
            WebElement from = card.findElement(By.xpath("./ancestor::div[contains(@class, 'board-column ')]"));
            WebElement to = columns.stream().filter(column -> !column.equals(from)
                    && column.getAttribute("class").contains("board-column-active")).findFirst().orElseThrow();
            String target = to.getDomAttribute("aria-label");
            dragAndDrop(first, card, to.findElement(By.className("board-column-end")));

            firstWait.until(driver -> inColumn(driver, target, application));
            secondWait.until(driver -> inColumn(driver, target, application));
            secondWait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".board-card[data-application='" + application + "']"), "Moved by"));
            assertThat(second.findElement(By.cssSelector(".board-card[data-application='" + application + "']"))
                    .getText()).contains(name);
            screenshot("board-1-dragged.png");
            screenshotOf(second, "board-2-seen-in-the-other-browser.png");
        } finally {
            second.quit();
        }
    }

    /** HTML drag and drop as the browser fires it; WebDriver's own drag does not fire these events in Chromium. */
    private static void dragAndDrop(WebDriver driver, WebElement source, WebElement target) {
        ((JavascriptExecutor) driver).executeScript("""
                const [source, target] = arguments;
                const data = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(
                    new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                fire(source, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');
                """, source, target);
    }

    private static boolean inColumn(WebDriver driver, String column, String application) {
        return !driver.findElements(By.cssSelector(".board-column[aria-label='" + column
                + "'] .board-card[data-application='" + application + "']")).isEmpty();
    }
}
