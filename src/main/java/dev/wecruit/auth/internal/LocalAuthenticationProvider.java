package dev.wecruit.auth.internal;

import dev.wecruit.auth.LocalAccountService;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Email and password sign-in against local accounts, throttled per email. Whatever goes wrong (no such account,
 * wrong password, no firm, disabled) the caller sees one kind of failure, and the throttle counts it, so neither
 * the message nor the pause tells whether an account exists. The password is checked before the account's status,
 * so a disabled account does not answer faster either.
 */
public class LocalAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;
    private final SignInAudit audit;

    public LocalAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, SignInAudit audit) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        setHideUserNotFoundExceptions(true);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = LocalAccountService.normalizeEmail(String.valueOf(authentication.getPrincipal()));
        var remaining = throttle.remainingBlock(email);
        if (remaining.isPresent()) {
            audit.failed(email, "Sign-in paused after repeated failures");
            throw new SignInThrottledException(remaining.get());
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(email);
            audit.signedIn((SignedInMember) result.getPrincipal(), "Email and password");
            return result;
        } catch (AuthenticationException failure) {
            throttle.recordFailure(email);
            audit.failed(email, failure instanceof DisabledException ? "Account deactivated or without a firm"
                    : failure instanceof CredentialsExpiredException ? "One-time password expired"
                    : "Wrong email or password");
            throw failure;
        }
    }
}
