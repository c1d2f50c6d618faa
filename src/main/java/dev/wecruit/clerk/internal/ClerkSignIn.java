package dev.wecruit.clerk.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.wecruit.auth.SignInMode;
import dev.wecruit.auth.spi.SignInChain;
import dev.wecruit.clerk.ui.ClerkSignInView;
import dev.wecruit.tenancy.OrganizationService;
import java.util.UUID;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Clerk sign-in ({@code wecruit.auth.mode=clerk}, decision 0015): every request is signed in from its session token
 * by {@link ClerkSessionFilter}, nothing is kept in the HTTP session, and the browser's Clerk session is the sign-in:
 * Clerk.js signs out and switches the active organization, and the next request's token says so.
 */
public class ClerkSignIn implements SignInMode, SignInChain {

    private static final String SIGN_OUT = "window.wecruitClerk.then(clerk => clerk.signOut("
            + "{redirectUrl: new URL('sign-in', document.baseURI).href}))";
    private static final String SET_ACTIVE = "window.wecruitClerk.then(clerk => clerk.setActive({organization: $0}))"
            + ".then(() => window.location.assign(document.baseURI))";

    private final ClerkSessionFilter filter;
    private final SecurityContextRepository contexts;
    private final OrganizationService organizations;

    ClerkSignIn(ClerkSessionFilter filter, SecurityContextRepository contexts, OrganizationService organizations) {
        this.filter = filter;
        this.contexts = contexts;
        this.organizations = organizations;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        // the member comes from each request's token: nothing is read from or kept in the HTTP session
        http.securityContext(context -> context.securityContextRepository(contexts));
        http.addFilterAfter(filter, SecurityContextHolderFilter.class);
        // Clerk signs people in: the form login Vaadin sets up for its login view refuses every password
        http.authenticationManager(authentication -> {
            throw new DisabledException("Password sign-in is off in Clerk mode");
        });
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(ClerkSignInView.class));
    }

    @Override
    public void signOut(UI ui) {
        // Clerk's session lives in the browser: Clerk.js ends it, and with it the session cookie
        ui.getPage().executeJs(SIGN_OUT);
    }

    /** Asks Clerk.js to make the firm's organization active; the tab then starts again with a token for it. */
    @Override
    public void switchFirm(UI ui, UUID tenantId) {
        String organization = organizations.clerkOrganizationIdOf(tenantId)
                .orElseThrow(() -> new IllegalArgumentException("That firm is not a Clerk organization"));
        ui.getPage().executeJs(SET_ACTIVE, organization);
    }
}
