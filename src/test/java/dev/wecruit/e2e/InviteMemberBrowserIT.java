package dev.wecruit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Local mode: an admin invites a recruiter; the recruiter signs in with the one-time password and must choose their
 * own before anything else.
 */
class InviteMemberBrowserIT extends BrowserTest {

    @Test
    void an_invited_recruiter_signs_in_with_the_one_time_password_and_must_change_it() throws IOException {
        browser.get(url("admin/members"));
        signIn("admin@northwind.example", "northwind-admin");
        awaitHeading("Members");

        String email = "olga-" + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
        clickButton("Invite member");
        type("Name", "Olga Onboard");
        type("Email", email);
        clickButton("Invite");
        String oneTimePassword = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.className("invitation-password"))).getText();
        assertThat(oneTimePassword).hasSize(16);
        screenshot("invite-1-one-time-password.png");
        clickButton("Done");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("members-grid"), "Olga Onboard"));

        click(By.className("shell-sign-out"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        signIn(email, oneTimePassword);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h1[contains(normalize-space(.), 'Choose your password')]")));
        assertThat(browser.getCurrentUrl()).contains("/change-password");

        browser.get(url("candidates"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h1[contains(normalize-space(.), 'Choose your password')]")));
        assertThat(browser.findElements(By.className("shell-firm"))).as("nothing else before a new password")
                .isEmpty();

        type("One-time password", oneTimePassword);
        type("New password", "olga's very own passphrase");
        type("New password again", "olga's very own passphrase");
        clickButton("Save password");
        awaitHeading("Dashboard");
        assertThat(browser.findElement(By.className("shell-member-name")).getText()).isEqualTo("Olga Onboard");
        assertThat(browser.findElement(By.className("shell-member-role")).getText()).isEqualTo("Recruiter");
        screenshot("invite-2-signed-in-after-choosing-a-password.png");

        click(By.className("shell-sign-out"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        signIn(email, oneTimePassword);
        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(browser.findElements(By.className("shell-firm"))).as("the one-time password is used up")
                .isEmpty();
    }
}
