package dev.wecruit.privacy;

/** Which of the firm's periods made a candidate due. */
public enum RetentionRule {
    /** The firm's period after the last activity. */
    RETENTION("No activity for the firm's retention period"),
    /** The shorter period for candidates rejected from every job. */
    REJECTED("Rejected from every job, no activity for the shorter period");

    private final String label;

    RetentionRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
