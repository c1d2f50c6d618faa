package dev.wecruit.api.internal;

import dev.wecruit.api.ApiKeyService;
import dev.wecruit.auth.spi.BearerSignIn;
import dev.wecruit.tenancy.MemberPrincipal;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who an API credential acts as: an API key ({@code wk_...}), or in Clerk mode a Clerk session token. The HTTP
 * endpoints read it from {@code Authorization: Bearer}, subscriptions from the WebSocket's connection_init payload.
 */
@Component
class ApiCredentials {

    private final ApiKeyService keys;
    private final ObjectProvider<BearerSignIn> sessionTokens;

    ApiCredentials(ApiKeyService keys, ObjectProvider<BearerSignIn> sessionTokens) {
        this.keys = keys;
        this.sessionTokens = sessionTokens;
    }

    /** The authentication of a bearer credential; empty when it signs nobody in. */
    Optional<Authentication> authenticate(String credential) {
        if (credential == null || credential.isBlank()) {
            return Optional.empty();
        }
        String value = credential.strip();
        Optional<? extends MemberPrincipal> principal;
        if (value.startsWith(ApiKeyService.PREFIX)) {
            principal = keys.authenticate(value);
        } else {
            BearerSignIn signIn = sessionTokens.getIfAvailable();
            principal = signIn == null ? Optional.empty() : signIn.signIn(value);
        }
        return principal.map(ApiCredentials::authentication);
    }

    /** The credential in an {@code Authorization} value, {@code Bearer ...}; empty for any other scheme. */
    static Optional<String> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).strip());
    }

    private static Authentication authentication(MemberPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.membership().role().authorities().stream().map(SimpleGrantedAuthority::new).toList());
    }
}
