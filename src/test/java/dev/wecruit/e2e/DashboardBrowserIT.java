package dev.wecruit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo admin opens the firm's dashboard: the charts are drawn by ECharts, each with its table, and a click on a
 * bar of the funnel opens the candidates who reached that stage. Reads only, so the demo firm keeps the figures the
 * sign-in test expects.
 */
class DashboardBrowserIT extends BrowserTest {

    @Test
    void the_dashboard_draws_its_charts_and_a_click_on_a_funnel_bar_opens_the_filtered_candidate_list()
            throws IOException {
        browser.get(url("?view=firm&period=12m"));
        signIn("admin@northwind.example", "northwind-admin");

        awaitHeading("Dashboard");
        WebElement funnel = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".dashboard-funnel .echart-canvas")));
        // drawn: ECharts' SVG with its bars, not only the empty container
        wait.until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return !!arguments[0].$chart && arguments[0].querySelectorAll('svg path').length > 3", funnel));
        assertThat(browser.findElements(By.cssSelector(".echart-canvas svg"))).as("every chart drawn").hasSize(6);
        assertThat(browser.findElements(By.cssSelector(".echart vaadin-details.echart-table")))
                .as("a table beside every chart").hasSize(6);
        assertThat(browser.getCurrentUrl()).contains("view=firm", "period=12m");
        screenshot("dashboard.png");
        for (String section : List.of("time", "activity", "placements", "attention", "sources")) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                    browser.findElement(By.className("dashboard-" + section + "-section")));
            screenshot("dashboard-" + section + ".png");
        }

        // the dark theme: the charts are drawn again in ECharts' dark theme, their labels light on dark
        String lightLabel = labelColour(funnel);
        click(By.className("shell-theme-toggle"));
        wait.until(driver -> !labelColour(funnel).equals(lightLabel));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", funnel);
        screenshot("dashboard-dark.png");

        // the first step's bar, clicked where ECharts drew it
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) ((JavascriptExecutor) browser).executeScript("""
                const el = arguments[0], chart = el.$chart;
                const value = chart.getOption().series[0].data[0];
                const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [value / 2, 0]);
                return [x - el.clientWidth / 2, y - el.clientHeight / 2, value];""", funnel);
        assertThat(bar.get(2).longValue()).as("the demo firm's funnel has candidates").isPositive();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", funnel);
        new Actions(browser).moveToElement(funnel, bar.get(0).intValue(), bar.get(1).intValue()).click().perform();

        wait.until(ExpectedConditions.urlContains("/candidates"));
        assertThat(browser.getCurrentUrl()).contains("stage=", "from=", "to=");
        WebElement reach = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.className("candidate-list-reach")));
        assertThat(reach.getText()).startsWith("Reached ");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("list-view-total"), "found"));
        long found = Long.parseLong(browser.findElement(By.className("list-view-total")).getText()
                .replaceAll("[^0-9]", ""));
        // the funnel counts cards, the list people: a candidate in two pipelines is one row
        assertThat(found).isPositive().isLessThanOrEqualTo(bar.get(2).longValue());
        screenshot("dashboard-drill-down.png");
    }

    private String labelColour(WebElement chart) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "const label = arguments[0].querySelector('svg text'); return label && label.getAttribute('fill')",
                chart));
    }
}
