package dev.wecruit.api.internal;

import dev.wecruit.api.ApiKeyPrincipal;
import dev.wecruit.api.ApiKeyService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer wk_...} key, for this request only. A request
 * with a bad key is answered 401 with nothing that tells why; other bearer tokens pass on to the next filter.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeyService keys;

    ApiKeyAuthenticationFilter(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer " + ApiKeyService.PREFIX, 0, 10)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKeyPrincipal> principal = keys.authenticate(header.substring("Bearer ".length()).strip());
        if (principal.isEmpty()) {
            ApiErrors.unauthorized(response);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().membership().role().authorities().stream().map(SimpleGrantedAuthority::new)
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
