package dev.wecruit;

import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a test's thread in the way the login form does: through the real authentication provider. */
public final class SignedIn {

    public static Authentication as(LocalAuthenticationProvider provider, TestFirms.CreatedMember member) {
        Authentication authentication = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(member.email(), member.password()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        return authentication;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }

    private SignedIn() {
    }
}
