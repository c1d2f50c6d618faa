package dev.wecruit.auth.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins for one email, and whether sign-in is paused. Pure, so the policy is easy to test. */
record ThrottleState(int failures, Instant windowStartedAt, Instant blockedUntil) {

    static ThrottleState none(Instant now) {
        return new ThrottleState(0, now, null);
    }

    /** How much longer sign-in stays paused, if it is. */
    Optional<Duration> remainingBlock(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil)
                ? Optional.of(Duration.between(now, blockedUntil))
                : Optional.empty();
    }

    ThrottleState afterFailure(Instant now, SignInThrottleProperties policy) {
        boolean windowExpired = windowStartedAt.plus(policy.failureWindow()).isBefore(now);
        int count = windowExpired ? 1 : failures + 1;
        Instant windowStart = windowExpired ? now : windowStartedAt;
        if (count >= policy.maxFailures()) {
            // pause, then give a full set of attempts again
            return new ThrottleState(0, now, now.plus(policy.lockout()));
        }
        return new ThrottleState(count, windowStart, remainingBlock(now).isPresent() ? blockedUntil : null);
    }
}
