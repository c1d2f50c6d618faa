package dev.wecruit.candidates;

/**
 * Where a candidate's consent stands today, in the firm's time zone: what the candidate list filters by to find whom
 * to ask again. A consent expires on its expiry day: from that day on it no longer holds.
 */
public enum ConsentStatus {
    /** Expired on or before today. */
    EXPIRED("Expired"),
    /** Holds today and expires within the given number of days. */
    EXPIRING("Expiring soon"),
    /** No day of consent recorded. */
    NONE("None recorded");

    private final String label;

    ConsentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
