package dev.wecruit.intake;

/** Where a dropped CV stands. */
public enum IntakeStatus {
    /** Waiting to be read, or being read. */
    QUEUED,
    /** Read: its proposed fields wait for a recruiter. */
    TO_REVIEW,
    /** Saved as a new candidate or onto an existing one. */
    SAVED,
    /** The recruiter decided against it. */
    DISCARDED
}
