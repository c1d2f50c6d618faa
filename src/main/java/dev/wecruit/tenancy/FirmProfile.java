package dev.wecruit.tenancy;

/**
 * A firm's own settings.
 *
 * @param name how the firm is called everywhere in the app
 * @param defaultCurrency the ISO 4217 code new jobs' fees start in, such as {@code EUR}
 * @param retentionMonths how long a candidate's personal data is kept after their last activity
 */
public record FirmProfile(String name, String defaultCurrency, int retentionMonths) {

    public static final int MIN_RETENTION_MONTHS = 1;
    public static final int MAX_RETENTION_MONTHS = 120;
}
