package dev.wecruit.auth.spi;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in member of the current request, and replacing it (a refresh, a switch of firm, a new password). A
 * new member is saved through the mode's {@link SecurityContextRepository}: local mode's keeps it in the HTTP
 * session for the next request, Clerk mode's only in this request, since every request brings its own token.
 */
@Component
public class SignedInMembers {

    private final SecurityContextRepository repository;

    SignedInMembers(SecurityContextRepository repository) {
        this.repository = repository;
    }

    public Optional<SignedInMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInMember member
                ? Optional.of(member) : Optional.empty();
    }

    /** Acts for another of the member's firms from now on. */
    public void actFor(UUID tenantId) {
        SignedInMember member = current().orElseThrow(() -> new IllegalStateException("No signed-in member"));
        replace(member.actingFor(tenantId));
    }

    /** The member chose their own password: the session may do everything again. */
    public void passwordChanged() {
        current().ifPresent(member -> replace(member.withPasswordChanged()));
    }

    /** Puts the member in this thread's security context and saves it for the request being served, if any. */
    public void replace(SignedInMember member) {
        HttpServletRequest request = currentRequest().orElse(null);
        replace(member, request, request == null ? null : currentResponse().orElse(null));
    }

    /** As {@link #replace(SignedInMember)}, in a filter that holds the request and response. */
    public void replace(SignedInMember member, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null,
                member.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request != null) {
            repository.saveContext(context, request, response);
        }
    }

    /** Signs the member out of this request and ends their HTTP session: every open tab of it with it. */
    public void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException ended) {
                // ended by a concurrent request already
            }
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

    private static Optional<HttpServletResponse> currentResponse() {
        if (VaadinServletResponse.getCurrent() instanceof VaadinServletResponse vaadin) {
            return Optional.of(vaadin.getHttpServletResponse());
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getResponse()) : Optional.empty();
    }
}
