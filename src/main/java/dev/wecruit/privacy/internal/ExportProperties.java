package dev.wecruit.privacy.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Subject-access exports ({@code wecruit.privacy.export.*}).
 *
 * @param expiry how long an export is kept after it was asked for; then it is deleted, archive and all
 * @param sweepInterval how often each node deletes the exports whose time is up (deleting is idempotent, so nodes
 *     need not agree on who does it)
 */
@ConfigurationProperties("wecruit.privacy.export")
public record ExportProperties(
        @DefaultValue("7d") Duration expiry,
        @DefaultValue("1h") Duration sweepInterval) {

    public ExportProperties {
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("wecruit.privacy.export.expiry must be positive");
        }
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("wecruit.privacy.export.sweep-interval must be positive");
        }
    }
}
