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
 * @param viewersExportContacts whether a viewer's export of a list may hold contact details (emails, phones,
 *     addresses, LinkedIn); recruiters' and admins' exports always may (decision 0032)
 */
public record FirmProfile(String name, String defaultCurrency, int retentionMonths, ZoneId timeZone,
        boolean viewersExportContacts) {

    public static final int MIN_RETENTION_MONTHS = 1;
    public static final int MAX_RETENTION_MONTHS = 120;

    /** A firm's zone until an admin, or the first admin's browser, gives it one. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");

    /** A profile whose viewers export without contact details, the default. */
    public FirmProfile(String name, String defaultCurrency, int retentionMonths, ZoneId timeZone) {
        this(name, defaultCurrency, retentionMonths, timeZone, false);
    }

    /** This profile with the viewers' export of contact details allowed or not. */
    public FirmProfile withViewersExportContacts(boolean allowed) {
        return new FirmProfile(name, defaultCurrency, retentionMonths, timeZone, allowed);
    }
}
