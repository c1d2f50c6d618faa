package dev.wecruit.auth.internal;

import dev.wecruit.auth.LocalAccountService;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
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

    public LocalAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        setHideUserNotFoundExceptions(true);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = LocalAccountService.normalizeEmail(String.valueOf(authentication.getPrincipal()));
        var remaining = throttle.remainingBlock(email);
        if (remaining.isPresent()) {
            throw new SignInThrottledException(remaining.get());
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(email);
            return result;
        } catch (AuthenticationException failure) {
            throttle.recordFailure(email);
            throw failure;
        }
    }
}
