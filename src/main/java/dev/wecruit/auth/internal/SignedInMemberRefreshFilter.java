package dev.wecruit.auth.internal;

import dev.wecruit.auth.spi.AccountRepository;
import dev.wecruit.auth.spi.SignedInMember;
import dev.wecruit.auth.spi.SignedInMembers;
import dev.wecruit.tenancy.OrganizationService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a session's member again on every request: a role changed by an admin applies at once, and a member who
 * was deactivated or removed, or whose firm was closed, loses access on their next request (their session ends).
 * Two small queries per request, against a sign-in that would otherwise last the whole session.
 */
class SignedInMemberRefreshFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;
    private final OrganizationService organizations;
    private final SignedInMembers members;

    SignedInMemberRefreshFilter(AccountRepository accounts, OrganizationService organizations,
            SignedInMembers members) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.members = members;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // the static parts of the app: they show nothing of a firm
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/") || path.startsWith("/styles/")
                || path.startsWith("/icons/") || path.startsWith("/favicon");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignedInMember> signedIn = members.current();
        if (signedIn.isPresent()) {
            SignedInMember before = signedIn.get();
            Optional<SignedInMember> now = accounts.findById(before.accountId())
                    .flatMap(account -> before.refreshed(account, organizations.membershipsOfAccount(account.id())));
            if (now.isEmpty()) {
                members.end(request);
            } else if (!now.get().sameAs(before)) {
                members.replace(now.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
