package dev.wecruit.auth.internal;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in member of the current request, and replacing it (a refresh, a switch of firm, a new password). */
final class SessionPrincipals {

    private SessionPrincipals() {
    }

    static Optional<SignedInMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInMember member
                ? Optional.of(member) : Optional.empty();
    }

    /**
     * Puts the member in the security context of this thread and, in local mode, of the HTTP session, so the next
     * request sees it too.
     */
    static void replace(SignedInMember member, boolean keepInSession) {
        replace(member, keepInSession ? currentRequest().orElse(null) : null);
    }

    /** As {@link #replace(SignedInMember, boolean)}, keeping it in this request's session when there is one. */
    static void replace(SignedInMember member, HttpServletRequest keepInSessionOf) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null,
                member.getAuthorities()));
        SecurityContextHolder.setContext(context);
        HttpSession session = keepInSessionOf == null ? null : keepInSessionOf.getSession(false);
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    /** Signs the member out of this request and ends their HTTP session: every open tab of it with it. */
    static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static Optional<HttpServletRequest> currentRequest() {
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return Optional.of(vaadin.getHttpServletRequest());
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
