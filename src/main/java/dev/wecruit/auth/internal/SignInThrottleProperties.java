package dev.wecruit.auth.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated failed sign-ins are slowed down.
 *
 * @param maxFailures failures within {@code failureWindow} that pause sign-in for an email
 * @param failureWindow how long failures are remembered
 * @param lockout how long sign-in for that email stays paused
 */
@ConfigurationProperties("wecruit.auth.sign-in")
public record SignInThrottleProperties(Integer maxFailures, Duration failureWindow, Duration lockout) {

    public SignInThrottleProperties {
        maxFailures = maxFailures != null ? maxFailures : 5;
        failureWindow = failureWindow != null ? failureWindow : Duration.ofMinutes(15);
        lockout = lockout != null ? lockout : Duration.ofMinutes(15);
        if (maxFailures < 1) {
            throw new IllegalArgumentException("wecruit.auth.sign-in.max-failures must be at least 1");
        }
    }
}
