package dev.wecruit.privacy;

/**
 * A firm's retention rules.
 *
 * @param retentionMonths how long a candidate is kept after their last activity (the firm settings' period)
 * @param rejectedMonths a shorter period for candidates rejected from every job they were in; null: the firm's
 *     period applies to them too
 * @param noticeDays how many days a candidate shows as due before they are anonymised
 */
public record RetentionRules(int retentionMonths, Integer rejectedMonths, int noticeDays) {

    public static final int DEFAULT_NOTICE_DAYS = 30;
    public static final int MAX_NOTICE_DAYS = 365;
}
