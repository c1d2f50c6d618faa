package dev.wecruit.duplicates.internal;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How merges of duplicates are kept ({@code wecruit.duplicates.*}).
 *
 * @param unmergePeriod how long after a merge "Unmerge" is offered; afterwards the merge is final and the candidate
 *     merged away is deleted for good by the daily sweep
 * @param sweepAt when the daily sweep of final merges runs, in UTC
 */
@ConfigurationProperties("wecruit.duplicates")
public record MergeProperties(@DefaultValue("30d") Duration unmergePeriod, @DefaultValue("03:40") LocalTime sweepAt) {

    public MergeProperties {
        if (unmergePeriod.isNegative() || unmergePeriod.isZero()) {
            throw new IllegalArgumentException("wecruit.duplicates.unmerge-period must be positive");
        }
    }
}
