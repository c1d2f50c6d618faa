package dev.wecruit.auth.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.auth.internal.ClerkSession.OrgClaims;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Signs each request in from its Clerk session token (Clerk mode). Clerk.js keeps a short-lived token (about a
 * minute) in the {@code __session} cookie; API clients send it as {@code Authorization: Bearer}. The member is built
 * from the token and the database on every request and lives in this request's security context only, never in the
 * HTTP session: a membership removed in Clerk, or a firm closed, takes effect on the member's next request.
 *
 * <ul>
 * <li>No token: not signed in; the sign-in view takes over. A session that was signed in ends (a sign-out in
 * another tab), and its Vaadin requests get 401.</li>
 * <li>An invalid token: a security event with the reason. API requests, and Vaadin requests of a session that was
 * signed in, get 401 with an empty body, and the session ends. Pages go on unauthenticated (to the sign-in view,
 * where Clerk.js renews a stale token), and so do the Vaadin requests of a session that holds only the sign-in or
 * choose-firm view: a stale cookie must not break the page that renews it.</li>
 * <li>A valid token with an active organization: its firm, account and membership, created on first sight
 * ({@link ClerkProvisioning}). A member who lost access (removed, deactivated, firm closed) is treated as having no
 * firm.</li>
 * <li>A valid token without a firm: pages go to {@code /choose-firm}, where Clerk's organization list is; API
 * requests get 401. The sign-in and choose-firm views and Vaadin's own requests go on unauthenticated.</li>
 * </ul>
 *
 * <p>An HTTP session is bound to one Clerk user acting for one organization (or none). A token for another user or
 * organization ends the session first, so no Vaadin UI showing the old firm survives a switch of organization; an
 * unbound session (the sign-in page's) gets a new id when it is bound. The sign-in is audited in the firm once per
 * Clerk session and HTTP session, not on every request.
 */
class ClerkSessionFilter extends OncePerRequestFilter {

    static final String SESSION_COOKIE = "__session";
    static final String CHOOSE_FIRM = "/choose-firm";
    /** Added to {@link #CHOOSE_FIRM} when the token's organization no longer lets the member in. */
    static final String ACCESS_ENDED = "access=ended";
    static final String BOUND_TO = ClerkSessionFilter.class.getName() + ".boundTo";
    static final String SIGNED_IN_SESSION = ClerkSessionFilter.class.getName() + ".clerkSession";

    /** Reasons that say only that a genuine token's time is up, or not yet come. */
    private static final java.util.Set<String> OUT_OF_DATE = java.util.Set.of("token-expired", "token-not-active-yet",
            "token-iat-in-the-future");

    private static final Logger log = LoggerFactory.getLogger(ClerkSessionFilter.class);
    private static final String BEARER = "Bearer ";

    private final ClerkTokenVerifier verifier;
    private final ClerkProvisioning provisioning;
    private final OrganizationService organizations;
    private final SignInAudit signIns;
    private final AuditLog audit;
    private final RequestUtil vaadinRequests;

    /** @param vaadinRequests tells Vaadin's own requests and anonymous views; none outside a Vaadin app */
    ClerkSessionFilter(ClerkTokenVerifier verifier, ClerkProvisioning provisioning, OrganizationService organizations,
            SignInAudit signIns, AuditLog audit, RequestUtil vaadinRequests) {
        this.verifier = verifier;
        this.provisioning = provisioning;
        this.organizations = organizations;
        this.signIns = signIns;
        this.audit = audit;
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        // the static parts of the app show nothing of a firm; webhooks are signed by Svix, not by a session
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/") || path.startsWith("/styles/")
                || path.startsWith("/icons/") || path.startsWith("/favicon") || path.startsWith("/api/webhooks/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Token> token = tokenOf(request);
        if (token.isEmpty()) {
            // a session bound to a Clerk user without a token: signed out (in this tab or another)
            if (endBoundSession(request) && !isPageRequest(request)) {
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
            audit.recordSecurityEvent(AuditAction.SESSION_TOKEN_REJECTED, e.reasonCode());
            // a token that is only out of date (a tab that slept before Clerk.js renewed it) proves nothing wrong:
            // the request is refused, but the session and its open tabs stay for the next, renewed token
            boolean wasSignedIn = OUT_OF_DATE.contains(e.reasonCode()) ? isBound(request) : endBoundSession(request);
            // pages go on to the sign-in view, where Clerk.js renews a stale token; so do the requests of its UI
            // (an unbound session holds no signed-in UI), which must not fail before Clerk.js has had its chance
            if (isPageRequest(request) || (isVaadinRequest(request) && !wasSignedIn)) {
                chain.doFilter(request, response);
            } else {
                unauthorized(response);
            }
            return;
        }
        Optional<SignedInMember> member = session.organization()
                .flatMap(organization -> memberOf(session, organization));
        if (member.isEmpty()) {
            withoutFirm(request, response, chain, token.get(), session);
            return;
        }
        bind(request, token.get(), session.userId() + "/" + session.organization().orElseThrow().orgId());
        recordSignIn(request, session, member.get());
        SessionPrincipals.replace(member.get(), false);
        chain.doFilter(request, response);
    }

    /** A signed-in Clerk user who may act for no firm now: they choose or create one in Clerk. */
    private void withoutFirm(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Token token,
            ClerkSession session) throws IOException, ServletException {
        bind(request, token, session.userId() + "/-");
        if (isVaadinRequest(request) || isAnonymousView(request)) {
            chain.doFilter(request, response);
        } else if (isPageRequest(request)) {
            String target = request.getContextPath() + CHOOSE_FIRM
                    + (session.organization().isPresent() ? "?" + ACCESS_ENDED : "");
            response.sendRedirect(target);
        } else {
            unauthorized(response);
        }
    }

    /**
     * The member acting for the token's organization, or none when they may not (removed, deactivated, firm
     * closed). Their role is the lower of the database's (kept by Clerk's webhooks) and the token's (at most a minute
     * old): a demotion in Clerk applies at once, a promotion once the webhook has arrived.
     */
    private Optional<SignedInMember> memberOf(ClerkSession session, OrgClaims organization) {
        UUID tenantId = provisioning.firmOf(organization);
        Account account = provisioning.accountOf(session.userId(), session.email().orElse(null),
                session.name().orElse(null));
        if (!account.enabled()) {
            return Optional.empty();
        }
        List<Membership> memberships = organizations.membershipsOfAccount(account.id());
        Optional<Membership> active = actingFor(memberships, tenantId);
        if (active.isEmpty()) {
            provisioning.joinFromToken(tenantId, account, organization.role());
            memberships = organizations.membershipsOfAccount(account.id());
            active = actingFor(memberships, tenantId);
        }
        List<Membership> all = memberships;
        return active.map(membership -> SignedInMember.clerk(account, all, new Membership(membership.memberId(),
                membership.tenantId(), membership.organizationName(), lower(membership.role(), organization.role()))));
    }

    private static Optional<Membership> actingFor(List<Membership> memberships, UUID tenantId) {
        return memberships.stream().filter(membership -> membership.tenantId().equals(tenantId)).findFirst();
    }

    private static Role lower(Role a, Role b) {
        return a.includes(b) ? b : a;
    }

    /**
     * Binds the HTTP session to a Clerk user and organization, ending it first when it was bound to others. Bearer
     * requests without a session (API clients) get none.
     */
    private static void bind(HttpServletRequest request, Token token, String key) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            if (!token.fromCookie()) {
                return;
            }
            request.getSession(true).setAttribute(BOUND_TO, key);
            return;
        }
        Object bound;
        try {
            bound = session.getAttribute(BOUND_TO);
        } catch (IllegalStateException ended) {
            // a concurrent request of the same browser ended it a moment ago
            request.getSession(true).setAttribute(BOUND_TO, key);
            return;
        }
        if (key.equals(bound)) {
            return;
        }
        if (bound != null) {
            invalidate(session);
            session = request.getSession(true);
        } else {
            // the session of the sign-in page: whoever knew its id must not share the signed-in one
            request.changeSessionId();
        }
        session.setAttribute(BOUND_TO, key);
        // the principal comes from the token alone; a context some other path left in the session must not win
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    /** @return whether a session bound to a Clerk user was ended */
    private static boolean endBoundSession(HttpServletRequest request) {
        if (!isBound(request)) {
            return false;
        }
        invalidate(request.getSession(false));
        return true;
    }

    /** Whether the request's HTTP session was signed in through a Clerk token. */
    private static boolean isBound(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        try {
            return session.getAttribute(BOUND_TO) != null;
        } catch (IllegalStateException ended) {
            return false;
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException ended) {
            // ended by a concurrent request already
        }
    }

    /** Audits the sign-in the first time this HTTP session sees the Clerk session. */
    private void recordSignIn(HttpServletRequest request, ClerkSession clerkSession, SignedInMember member) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            synchronized (WebUtils.getSessionMutex(session)) {
                if (clerkSession.sessionId().equals(session.getAttribute(SIGNED_IN_SESSION))) {
                    return;
                }
                session.setAttribute(SIGNED_IN_SESSION, clerkSession.sessionId());
            }
        } catch (IllegalStateException ended) {
            return;
        }
        try {
            signIns.signedIn(member, "Clerk");
        } catch (RuntimeException e) {
            // the audit log failing must not lock a member out; the operator sees it in the log
            log.error("Could not audit the sign-in of account {}", member.accountId(), e);
        }
    }

    private static Optional<Token> tokenOf(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String value = authorization.substring(BEARER.length()).strip();
            // API keys are bearer tokens too, of another kind: a session token is a JWT (three parts)
            if (value.chars().filter(c -> c == '.').count() == 2) {
                return Optional.of(new Token(value, false));
            }
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                        && !cookie.getValue().isBlank()) {
                    return Optional.of(new Token(cookie.getValue(), true));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A browser loading a page, which can be sent elsewhere: not Vaadin's own requests, not the API, not a script
     * asking for JSON.
     */
    private boolean isPageRequest(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        if (isVaadinRequest(request) || path(request).startsWith("/api/")
                || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || !accept.contains("application/json");
    }

    /** Vaadin's own requests (UIDL, heartbeat, push): they belong to a UI already in the session. */
    private boolean isVaadinRequest(HttpServletRequest request) {
        if (vaadinRequests != null) {
            return vaadinRequests.isFrameworkInternalRequest(request);
        }
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=") || query.contains("&v-r="));
    }

    /** The sign-in and choose-firm views, which a user without a firm must reach. */
    private boolean isAnonymousView(HttpServletRequest request) {
        if (vaadinRequests != null) {
            return vaadinRequests.isAnonymousRoute(request);
        }
        String path = path(request);
        return path.equals(CHOOSE_FIRM) || path.equals("/sign-in");
    }

    private static void unauthorized(HttpServletResponse response) {
        // nothing in the body: the client learns only that it is not signed in
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(0);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A session token and where it came from: only a browser's cookie earns an HTTP session. */
    private record Token(String value, boolean fromCookie) {
    }
}
