package dev.wecruit.auth.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in for this email is paused after repeated failures. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration remaining;

    public SignInThrottledException(Duration remaining) {
        super("Too many failed sign-ins; paused for " + remaining);
        this.remaining = remaining;
    }

    public Duration remaining() {
        return remaining;
    }
}
