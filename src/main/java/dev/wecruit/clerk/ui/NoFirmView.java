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
import dev.wecruit.clerk.internal.ClerkSignIn;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Where a person signed in with Clerk lands when they act for no firm (Clerk mode): no organization is active in their
 * session, or the one that is no longer lets them in (removed, or the firm closed). Clerk's organization list lets
 * them pick one of their organizations or create one; either way the browser then goes to the app with a session
 * token for it. In local mode there is no such page.
 */
@Route(value = "choose-firm", autoLayout = false)
@PageTitle("Choose your firm · Wecruit")
@AnonymousAllowed
public class NoFirmView extends VerticalLayout implements BeforeEnterObserver {

    static final String CHOOSE = "Choose the firm you want to work in, or create your firm's organization.";
    static final String ACCESS_ENDED = "You no longer have access to that firm. Choose another one, or ask its "
            + "administrator to add you again.";

    private static final String MOUNT = """
            const mount = $0, unavailable = $1;
            (window.wecruitClerk || Promise.reject(new Error("Clerk.js is not on the page"))).then(clerk => {
              if (!(clerk.isSignedIn || clerk.user)) {
                window.location.assign(document.baseURI + 'sign-in');
                return;
              }
              const root = document.baseURI;
              clerk.mountOrganizationList(mount, {hidePersonal: true, afterSelectOrganizationUrl: root,
                  afterCreateOrganizationUrl: root});
            }).catch(() => { mount.textContent = unavailable; });
            """;

    private final boolean clerkMode;
    private final Paragraph sentence = new Paragraph(CHOOSE);
    private final Div mount = new Div();

    NoFirmView(ObjectProvider<ClerkSignIn> clerkSignIn) {
        this.clerkMode = clerkSignIn.getIfAvailable() != null;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var brand = new H1("Wecruit");
        brand.addClassName("login-brand");
        sentence.addClassName("login-tagline");
        sentence.getElement().setAttribute("role", "status");
        mount.addClassName("clerk-mount");
        var signOut = new Button("Sign out", click -> getUI().ifPresent(ui -> ui.getPage().executeJs(
                "window.wecruitClerk.then(clerk => clerk.signOut({redirectUrl: document.baseURI + 'sign-in'}))")));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(brand, sentence, mount, signOut);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!clerkMode) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        boolean ended = event.getLocation().getQueryParameters().getParameters().containsKey("access");
        sentence.setText(ended ? ACCESS_ENDED : CHOOSE);
    }

    /** The sentence above Clerk's list, for tests. */
    String sentence() {
        return sentence.getText();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(MOUNT, mount.getElement(), ClerkSignInView.UNAVAILABLE);
    }
}
