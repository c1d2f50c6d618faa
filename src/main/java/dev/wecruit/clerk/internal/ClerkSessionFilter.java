package dev.wecruit.clerk.internal;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.spi.SignedInMember;
import dev.wecruit.auth.spi.SignedInMembers;
import dev.wecruit.clerk.token.ClerkSession;
import dev.wecruit.clerk.token.ClerkTokenRejectedException;
import dev.wecruit.clerk.token.ClerkTokenVerifier;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs each request in from its Clerk session token (Clerk mode), and decides what a request without a usable one
 * gets. The member lives in this request's security context only, never in the HTTP session: a membership removed
 * in Clerk, or a firm closed, takes effect on the member's next request. The parts it composes: the token
 * ({@link SessionToken}), its verification ({@link ClerkTokenVerifier}), the member it acts as
 * ({@link ClerkMembers}), the HTTP session it is bound to and the sign-in audit ({@link ClerkSessionBinding}), and
 * what kind of request this is ({@link RequestKinds}).
 *
 * <ul>
 * <li>No token: not signed in; the sign-in view takes over. A session that was signed in ends (a sign-out in
 * another tab), and its Vaadin requests get 401.</li>
 * <li>An invalid token: a security event with the reason. API requests, and Vaadin requests of a session that was
 * signed in, get 401 with an empty body, and the session ends. Pages go on unauthenticated (to the sign-in view,
 * where Clerk.js renews a stale token), and so do the Vaadin requests of a session that holds only the sign-in or
 * choose-firm view: a stale cookie must not break the page that renews it.</li>
 * <li>A valid token with an active organization the member may act for: signed in as that member.</li>
 * <li>A valid token without a firm: pages go to {@code /choose-firm}, where Clerk's organization list is; API
 * requests get 401. The sign-in and choose-firm views and Vaadin's own requests go on unauthenticated.</li>
 * </ul>
 */
class ClerkSessionFilter extends OncePerRequestFilter {

    /** Added to {@code /choose-firm} when the token's organization no longer lets the member in. */
    static final String ACCESS_ENDED = "access=ended";

    /** Reasons that say only that a genuine token's time is up, or not yet come. */
    private static final Set<String> OUT_OF_DATE = Set.of("token-expired", "token-not-active-yet",
            "token-iat-in-the-future");

    private final ClerkTokenVerifier verifier;
    private final ClerkMembers members;
    private final ClerkSessionBinding binding;
    private final RequestKinds kinds;
    private final SignedInMembers signedIn;
    private final AuditLog audit;

    ClerkSessionFilter(ClerkTokenVerifier verifier, ClerkMembers members, ClerkSessionBinding binding,
            RequestKinds kinds, SignedInMembers signedIn, AuditLog audit) {
        this.verifier = verifier;
        this.members = members;
        this.binding = binding;
        this.kinds = kinds;
        this.signedIn = signedIn;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return RequestKinds.needsNoSignIn(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SessionToken> token = SessionToken.of(request);
        if (token.isEmpty()) {
            // a session bound to a Clerk user without a token: signed out (in this tab or another)
            if (binding.endIfBound(request) && !kinds.isPage(request)) {
                unauthorized(response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        ClerkSession session;
        try {
            session = verifier.verify(token.get().value());
        } catch (ClerkTokenRejectedException e) {
            rejected(request, response, chain, e);
            return;
        }
        Optional<SignedInMember> member = members.of(session);
        if (member.isEmpty()) {
            withoutFirm(request, response, chain, token.get(), session);
            return;
        }
        binding.bind(request, token.get(), ClerkSessionBinding.key(session));
        binding.recordSignIn(request, session, member.get());
        signedIn.replace(member.get(), request, response);
        chain.doFilter(request, response);
    }

    private void rejected(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            ClerkTokenRejectedException e) throws IOException, ServletException {
        audit.recordSecurityEvent(AuditAction.SESSION_TOKEN_REJECTED, e.reasonCode());
        // a token that is only out of date (a tab that slept before Clerk.js renewed it) proves nothing wrong: the
        // request is refused, but the session and its open tabs stay for the next, renewed token
        boolean wasSignedIn = OUT_OF_DATE.contains(e.reasonCode()) ? binding.isBound(request)
                : binding.endIfBound(request);
        // pages go on to the sign-in view, where Clerk.js renews a stale token; so do the requests of its UI (an
        // unbound session holds no signed-in UI), which must not fail before Clerk.js has had its chance
        if (kinds.isPage(request) || (kinds.isVaadin(request) && !wasSignedIn)) {
            chain.doFilter(request, response);
        } else {
            unauthorized(response);
        }
    }

    /** A signed-in Clerk user who may act for no firm now: they choose or create one in Clerk. */
    private void withoutFirm(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            SessionToken token, ClerkSession session) throws IOException, ServletException {
        binding.bind(request, token, session.userId() + "/-");
        if (kinds.isVaadin(request) || kinds.isAnonymousView(request)) {
            chain.doFilter(request, response);
        } else if (kinds.isPage(request)) {
            response.sendRedirect(request.getContextPath() + RequestKinds.CHOOSE_FIRM
                    + (session.organization().isPresent() ? "?" + ACCESS_ENDED : ""));
        } else {
            unauthorized(response);
        }
    }

    private static void unauthorized(HttpServletResponse response) {
        // nothing in the body: the client learns only that it is not signed in
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(0);
    }
}
