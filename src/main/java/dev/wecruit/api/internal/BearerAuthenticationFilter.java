package dev.wecruit.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} credential, for this request only. A request
 * whose credential signs nobody in is answered 401 with nothing that tells why; a request with none goes on, to be
 * refused by the chain unless its path needs no sign-in.
 */
class BearerAuthenticationFilter extends OncePerRequestFilter {

    private final ApiCredentials credentials;
    private final SecurityContextRepository contexts;

    /**
     * @param contexts where the request's authentication is kept for its own later dispatches: GraphQL answers
     *        asynchronously, and the async dispatch passes the chain again
     */
    BearerAuthenticationFilter(ApiCredentials credentials, SecurityContextRepository contexts) {
        this.credentials = credentials;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> bearer = ApiCredentials.bearer(request.getHeader("Authorization"));
        if (bearer.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> authentication = credentials.authenticate(bearer.get());
        if (authentication.isEmpty()) {
            ApiErrors.unauthorized(response);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
