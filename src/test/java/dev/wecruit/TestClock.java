package dev.wecruit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time until a test fixes it, then exactly the instant the test says.
 * Fix it in a test that asserts a date or a duration, and {@link #release()} it after, since the Spring context, and
 * so the clock, is shared by every test.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** From now on, every read of the clock gives this instant. */
    public void fixAt(Instant instant) {
        fixed.set(instant);
    }

    /** Moves a fixed clock on. */
    public void advance(Duration duration) {
        fixed.updateAndGet(instant -> {
            if (instant == null) {
                throw new IllegalStateException("Fix the clock before advancing it");
            }
            return instant.plus(duration);
        });
    }

    /** Back to the real time. */
    public void release() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant instant = fixed.get();
        return instant != null ? instant : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /** Puts the test clock in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
