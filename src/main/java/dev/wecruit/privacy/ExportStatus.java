package dev.wecruit.privacy;

/** Where a personal data export stands. */
public enum ExportStatus {
    /** Waiting for, or in, its background work. */
    QUEUED("Being prepared"),
    /** The archive is made and can be downloaded until it expires. */
    READY("Ready"),
    /** Its background work failed for good; nothing is kept. */
    FAILED("Failed");

    private final String label;

    ExportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
