package dev.wecruit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The demo recruiter signs in, sees the app shell with their firm, and signs out; a wrong password is refused. */
class SignInBrowserIT extends BrowserTest {

    @Test
    void the_demo_recruiter_signs_in_sees_the_app_shell_with_their_firm_and_signs_out() throws IOException {
        browser.get(url(""));
        signIn("recruiter@northwind.example", "northwind-recruiter");

        WebElement firm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("shell-firm")));
        assertThat(firm.getText()).isEqualTo("Northwind Talent");
        assertThat(browser.findElement(By.className("shell-member-name")).getText()).isEqualTo("Rick Recruiter");
        awaitHeading("Dashboard");
        assertThat(browser.findElements(By.tagName("vaadin-side-nav-item"))).extracting(WebElement::getText)
                .containsExactly("Dashboard", "Candidates", "Jobs", "Companies", "Possible duplicates", "Import");
        assertThat(browser.findElement(By.className("firm-overview-candidates")).getText())
                .as("the demo firm opens with its generated data").isEqualTo("2,000 candidates");
        assertThat(browser.findElement(By.className("firm-overview-companies")).getText()).isEqualTo("30 companies");
        screenshot("shell-recruiter.png");

        browser.findElements(By.tagName("vaadin-side-nav-item")).get(1).click();
        awaitHeading("Candidates");
        assertThat(browser.getCurrentUrl()).endsWith("/candidates");
        screenshot("candidates-recruiter.png");

        browser.findElement(By.className("shell-sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        browser.get(url("candidates"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        assertThat(browser.findElements(By.className("shell-firm"))).as("signed out").isEmpty();
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_sign_in_page_with_a_message() throws IOException {
        browser.get(url("login"));
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
}
