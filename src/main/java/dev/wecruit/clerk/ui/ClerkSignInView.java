package dev.wecruit.clerk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.wecruit.clerk.internal.ClerkSignIn;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sign in with Clerk (Clerk mode): Clerk's own sign-in component, which then sends the browser to the app's root
 * with a session cookie. Someone already signed in goes straight to the app.
 *
 * <p>A Clerk session the server does not accept (a setting wrong on either side) would bounce between this page and
 * the app forever: the page goes on to the app at most once in a few seconds, and says what happened otherwise. In
 * local mode there is no such page.
 */
@Route(value = "sign-in", autoLayout = false)
@PageTitle("Sign in · Wecruit")
@AnonymousAllowed
public class ClerkSignInView extends VerticalLayout implements BeforeEnterObserver {

    static final String NOT_ACCEPTED = "You are signed in with Clerk, but Wecruit could not accept the session. "
            + "Try again in a minute; if this keeps happening, ask your administrator to check Wecruit's Clerk "
            + "settings.";
    static final String UNAVAILABLE = "Sign-in is not available right now. Check your connection and reload the page.";

    private static final String MOUNT = """
            const mount = $0, problem = $1, notAccepted = $2, unavailable = $3;
            (window.wecruitClerk || Promise.reject(new Error("Clerk.js is not on the page"))).then(clerk => {
              const root = document.baseURI;
              if (clerk.isSignedIn || clerk.user) {
                const key = 'wecruit.clerk.bounced';
                const last = Number(sessionStorage.getItem(key) || 0);
                if (Date.now() - last > 15000) {
                  sessionStorage.setItem(key, String(Date.now()));
                  window.location.assign(root);
                  return;
                }
                problem.textContent = notAccepted;
                problem.parentElement.hidden = false;
                return;
              }
              clerk.mountSignIn(mount, {forceRedirectUrl: root, signUpForceRedirectUrl: root});
            }).catch(() => {
              problem.textContent = unavailable;
              problem.parentElement.hidden = false;
            });
            """;

    private final boolean clerkMode;
    private final AuthenticationContext authentication;
    private final Div mount = new Div();
    private final Paragraph problemText = new Paragraph();
    private final Div problem;

    ClerkSignInView(ObjectProvider<ClerkSignIn> clerkSignIn, AuthenticationContext authentication) {
        this.clerkMode = clerkSignIn.getIfAvailable() != null;
        this.authentication = authentication;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var brand = new H1("Wecruit");
        brand.addClassName("login-brand");
        var tagline = new Paragraph("The recruiting CRM for headhunting firms");
        tagline.addClassName("login-tagline");
        mount.addClassName("clerk-mount");

        var signOut = new Button("Sign out of Clerk", click -> getUI().ifPresent(ui -> ui.getPage().executeJs(
                "window.wecruitClerk.then(clerk => clerk.signOut({redirectUrl: document.baseURI + 'sign-in'}))")));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        problem = new Div(problemText, signOut);
        problem.addClassName("login-hints");
        problem.getElement().setAttribute("hidden", true);
        problem.getElement().setAttribute("role", "alert");

        add(brand, tagline, mount, problem);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!clerkMode) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(MOUNT, mount.getElement(), problemText.getElement(), NOT_ACCEPTED, UNAVAILABLE);
    }
}
