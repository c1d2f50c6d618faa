package dev.wecruit.clerk.internal;

import dev.wecruit.auth.spi.SignInAudit;
import dev.wecruit.auth.spi.SignedInMember;
import dev.wecruit.clerk.token.ClerkSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.util.WebUtils;

/**
 * Binds an HTTP session to one Clerk user acting for one organization (or none), so no Vaadin UI built for one firm
 * survives a switch to another: a token for another user or organization ends the session first, and an unbound
 * session (the sign-in page's) gets a new id when it is bound. Also audits the sign-in once per Clerk session and
 * HTTP session, not on every request.
 *
 * <p>Every method copes with a session a concurrent request of the same browser has just ended.
 */
class ClerkSessionBinding {

    static final String BOUND_TO = ClerkSessionBinding.class.getName() + ".boundTo";
    static final String SIGNED_IN_SESSION = ClerkSessionBinding.class.getName() + ".clerkSession";

    private static final Logger log = LoggerFactory.getLogger(ClerkSessionBinding.class);

    private final SignInAudit signIns;

    ClerkSessionBinding(SignInAudit signIns) {
        this.signIns = signIns;
    }

    /** The key a session is bound to: the Clerk user and the organization it acts for ({@code -} for none). */
    static String key(ClerkSession session) {
        return session.userId() + "/" + session.organization().map(organization -> organization.orgId()).orElse("-");
    }

    /**
     * Binds the HTTP session to a Clerk user and organization, ending it first when it was bound to others. Bearer
     * requests without a session (API clients) get none.
     */
    void bind(HttpServletRequest request, SessionToken token, String key) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            if (token.fromCookie()) {
                request.getSession(true).setAttribute(BOUND_TO, key);
            }
            return;
        }
        Object bound;
        try {
            bound = session.getAttribute(BOUND_TO);
        } catch (IllegalStateException ended) {
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
        // Clerk mode's security context repository keeps nothing in the session; a context some other path (a
        // change of mode on a live server) left there must not be found by anything that still looks
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    /** @return whether a session bound to a Clerk user was ended */
    boolean endIfBound(HttpServletRequest request) {
        if (!isBound(request)) {
            return false;
        }
        invalidate(request.getSession(false));
        return true;
    }

    /** Whether the request's HTTP session was signed in through a Clerk token. */
    boolean isBound(HttpServletRequest request) {
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

    /** Audits the sign-in the first time this HTTP session sees the Clerk session. */
    void recordSignIn(HttpServletRequest request, ClerkSession clerkSession, SignedInMember member) {
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

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException ended) {
            // ended by a concurrent request already
        }
    }
}
