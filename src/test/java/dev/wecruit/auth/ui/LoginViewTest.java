package dev.wecruit.auth.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import dev.wecruit.KaribuTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void a_failed_sign_in_shows_a_message_that_does_not_say_whether_the_account_exists() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).texts().getErrorMessage().getTitle()).isEqualTo("Incorrect email or password");
        assertThat(_get(LoginView.class).texts().getErrorMessage().getMessage()).doesNotContainIgnoringCase("not found")
                .doesNotContainIgnoringCase("no account");
    }

    @Test
    void the_sign_in_page_asks_for_email_and_password_and_shows_no_error_at_first() {
        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isFalse();
        assertThat(_get(LoginView.class).texts().getForm().getUsername()).isEqualTo("Email");
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void in_demo_mode_the_sign_in_page_shows_the_demo_logins() {
        UI.getCurrent().navigate("login");

        assertThat(_find(Div.class, spec -> spec.withClasses("login-hint")))
                .extracting(div -> div.getElement().getTextRecursively())
                .contains("Admin: admin@northwind.example / northwind-admin",
                        "Recruiter: recruiter@northwind.example / northwind-recruiter");
    }
}
