package dev.wecruit.work;

/** Where a piece of work stands. */
public enum WorkStatus {
    QUEUED("Queued"),
    RUNNING("Running"),
    DONE("Done"),
    DONE_WITH_ERRORS("Done with errors"),
    FAILED("Failed");

    private final String label;

    WorkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether no item of the work is waiting or running any more. */
    public boolean finished() {
        return this == DONE || this == DONE_WITH_ERRORS || this == FAILED;
    }
}
