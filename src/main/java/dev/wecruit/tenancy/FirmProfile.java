package dev.wecruit.tenancy;

import java.time.ZoneId;

/**
 * A firm's own settings.
 *
 * @param name how the firm is called everywhere in the app
 * @param defaultCurrency the ISO 4217 code new jobs' fees start in, such as {@code EUR}
 * @param retentionMonths how long a candidate's personal data is kept after their last activity
 * @param timeZone the zone of the dates the firm shares, such as the day a job opened; timestamps are shown in each
 *     viewer's own zone
 */
public record FirmProfile(String name, String defaultCurrency, int retentionMonths, ZoneId timeZone) {

    public static final int MIN_RETENTION_MONTHS = 1;
    public static final int MAX_RETENTION_MONTHS = 120;

    /** A firm's zone until an admin, or the first admin's browser, gives it one. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");
}
