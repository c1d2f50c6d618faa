package dev.wecruit.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleStateTest {

    final SignInThrottleProperties policy =
            new SignInThrottleProperties(3, Duration.ofMinutes(15), Duration.ofMinutes(10));
    final Instant start = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void the_third_failure_within_the_window_pauses_sign_in_for_the_lockout() {
        ThrottleState state = ThrottleState.none(start)
                .afterFailure(start, policy)
                .afterFailure(start.plusSeconds(60), policy);
        assertThat(state.remainingBlock(start.plusSeconds(60))).isEmpty();

        state = state.afterFailure(start.plusSeconds(120), policy);

        assertThat(state.remainingBlock(start.plusSeconds(120))).contains(Duration.ofMinutes(10));
        assertThat(state.remainingBlock(start.plusSeconds(120).plus(Duration.ofMinutes(10)))).isEmpty();
    }

    @Test
    void failures_older_than_the_window_are_forgotten() {
        ThrottleState state = ThrottleState.none(start)
                .afterFailure(start, policy)
                .afterFailure(start.plusSeconds(10), policy)
                .afterFailure(start.plus(Duration.ofMinutes(20)), policy);

        assertThat(state.failures()).isEqualTo(1);
        assertThat(state.remainingBlock(start.plus(Duration.ofMinutes(20)))).isEmpty();
    }

    @Test
    void after_a_pause_ends_the_member_gets_a_full_set_of_attempts_again() {
        ThrottleState paused = ThrottleState.none(start)
                .afterFailure(start, policy).afterFailure(start, policy).afterFailure(start, policy);
        Instant later = start.plus(Duration.ofMinutes(11));

        ThrottleState next = paused.afterFailure(later, policy).afterFailure(later, policy);

        assertThat(next.remainingBlock(later)).isEmpty();
    }
}
