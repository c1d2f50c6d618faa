package dev.wecruit.auth.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.wecruit.auth.SignInMode;
import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.auth.spi.SignInChain;
import dev.wecruit.auth.spi.SignedInMembers;
import dev.wecruit.auth.ui.LoginView;
import dev.wecruit.tenancy.OrganizationService;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Local sign-in ({@code wecruit.auth.mode=local}, the default): the login form, the member kept in the HTTP session
 * and read again on every request ({@link SignedInMemberRefreshFilter}). Signing out ends the HTTP session; a switch
 * of firm replaces the session's member.
 */
@Component
@ConditionalOnProperty(name = "wecruit.auth.mode", havingValue = "local", matchIfMissing = true)
class LocalSignIn implements SignInMode, SignInChain {

    /** Where every tab goes after a switch: the app's root, whatever the context path. */
    private static final String START_AGAIN = "window.location.assign(document.baseURI)";

    private final AccountRepository accounts;
    private final OrganizationService organizations;
    private final SignedInMembers members;
    private final SecurityContextRepository contexts;
    private final ObjectProvider<AuthenticationContext> authentication;

    LocalSignIn(AccountRepository accounts, OrganizationService organizations, SignedInMembers members,
            SecurityContextRepository contexts, ObjectProvider<AuthenticationContext> authentication) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.members = members;
        this.contexts = contexts;
        this.authentication = authentication;
    }

    @Override
    public void configure(HttpSecurity http) throws Exception {
        http.securityContext(context -> context.securityContextRepository(contexts));
        http.addFilterAfter(new SignedInMemberRefreshFilter(accounts, organizations, members),
                SecurityContextHolderFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
    }

    @Override
    public void signOut(UI ui) {
        authentication.getObject().logout();
    }

    @Override
    public void switchFirm(UI ui, UUID tenantId) {
        members.actFor(tenantId);
        VaadinSession.getCurrent().getUIs().forEach(open -> open.getPage().executeJs(START_AGAIN));
    }
}
