package dev.wecruit.auth.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.wecruit.auth.AuthMode;
import dev.wecruit.auth.SignInHint;
import dev.wecruit.auth.internal.AuthProperties;
import dev.wecruit.auth.internal.SignInThrottledException;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in with email and password. A failure never says whether the account exists; a paused email says for how
 * long, for every email alike.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Wecruit")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS_TITLE = "Incorrect email or password";
    static final String WRONG_CREDENTIALS_MESSAGE =
            "Check that you typed the email and password of your Wecruit account, and try again.";
    static final String THROTTLED_TITLE = "Too many failed sign-ins";

    private final LoginForm form = new LoginForm();
    private LoginI18n i18n;
    private final AuthenticationContext authentication;
    private final AuthProperties properties;

    LoginView(AuthenticationContext authentication, List<SignInHint> hints, AuthProperties properties) {
        this.authentication = authentication;
        this.properties = properties;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        showI18n(WRONG_CREDENTIALS_TITLE, WRONG_CREDENTIALS_MESSAGE);

        var brand = new H1("Wecruit");
        brand.addClassName("login-brand");
        var tagline = new Paragraph("The recruiting CRM for headhunting firms");
        tagline.addClassName("login-tagline");
        add(brand, tagline, form);
        if (!hints.isEmpty()) {
            add(hintsBox(hints));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (properties.mode() == AuthMode.CLERK) {
            // Clerk signs people in (ClerkSignInView); no password form in Clerk mode
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            if (lastFailure() instanceof SignInThrottledException throttled) {
                long minutes = Math.max(1, (throttled.remaining().toSeconds() + 59) / 60);
                showI18n(THROTTLED_TITLE, "For your security, sign-in with this email is paused. Try again in "
                        + minutes + (minutes == 1 ? " minute." : " minutes."));
            }
            form.setError(true);
        }
    }

    private static Object lastFailure() {
        var request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** The texts the form shows, its error message included. */
    LoginI18n texts() {
        return i18n;
    }

    private void showI18n(String errorTitle, String errorMessage) {
        i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        form.setI18n(i18n);
    }

    private static Div hintsBox(List<SignInHint> hints) {
        var box = new Div();
        box.addClassName("login-hints");
        box.add(new Span("Demo logins"));
        for (SignInHint hint : hints) {
            var line = new Div(new Span(hint.label() + ": "), new Span(hint.email() + " / " + hint.password()));
            line.addClassName("login-hint");
            box.add(line);
        }
        return box;
    }
}
