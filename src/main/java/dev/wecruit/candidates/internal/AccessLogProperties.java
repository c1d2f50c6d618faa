package dev.wecruit.candidates.internal;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the access log keeps its rows ({@code wecruit.privacy.access-log-retention}): the log is personal data of
 * the members in it too, kept only as long as a subject-access answer needs it.
 */
@ConfigurationProperties("wecruit.privacy")
public record AccessLogProperties(@DefaultValue("P24M") Period accessLogRetention) {

    public AccessLogProperties {
        if (accessLogRetention.isNegative() || accessLogRetention.isZero()) {
            throw new IllegalArgumentException("wecruit.privacy.access-log-retention must be longer than nothing");
        }
    }
}
