package dev.wecruit.jobs;

/** What reaching a pipeline stage means. */
public enum StageKind {
    /** Still in the running. */
    ACTIVE,
    /** Placed: the job's goal. */
    HIRED,
    /** Out, with a reason. */
    REJECTED
}
