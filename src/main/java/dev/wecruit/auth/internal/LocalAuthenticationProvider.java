package dev.wecruit.auth.internal;

import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.spi.Account;
import dev.wecruit.auth.spi.SignInAudit;
import dev.wecruit.auth.spi.SignedInMember;
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
    private final java.util.function.Consumer<SignedInMember> oneTimePasswordUsed;

    public LocalAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, SignInAudit audit,
            java.util.function.Consumer<SignedInMember> oneTimePasswordUsed) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        setHideUserNotFoundExceptions(true);
        this.throttle = throttle;
        this.audit = audit;
        this.oneTimePasswordUsed = oneTimePasswordUsed;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = LocalAccountService.normalizeEmail(String.valueOf(authentication.getPrincipal()));
        var remaining = throttle.remainingBlock(email);
        if (remaining.isPresent()) {
            // the failures that paused it are in the log; attempts while paused would only flood it
            throw new SignInThrottledException(remaining.get());
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(email);
            var member = (SignedInMember) result.getPrincipal();
            if (member.mustChangePassword()) {
                oneTimePasswordUsed.accept(member);
            }
            audit.signedIn(member, member.mustChangePassword() ? "One-time password" : "Email and password");
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
