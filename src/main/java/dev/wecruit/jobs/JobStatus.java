package dev.wecruit.jobs;

/** Where a mandate stands. Filled and cancelled jobs are closed. */
public enum JobStatus {
    OPEN,
    ON_HOLD,
    FILLED,
    CANCELLED;

    public boolean isClosed() {
        return this == FILLED || this == CANCELLED;
    }
}
