package dev.wecruit.privacy.internal;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the daily retention run starts ({@code wecruit.privacy.retention.*}).
 *
 * @param runsAt the time of day, in UTC, the run starts each firm's work
 */
@ConfigurationProperties("wecruit.privacy.retention")
public record RetentionProperties(@DefaultValue("02:30") LocalTime runsAt) {
}
