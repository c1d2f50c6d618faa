package dev.wecruit.pipeline;

/** Where a candidate stands in the firm's pipelines, as retention asks it. */
public enum PipelineStanding {
    /** In an active stage of a job that is still open (or on hold): the firm is working with them. */
    ACTIVE,
    /** In at least one pipeline, and rejected in every one: a shorter retention period may apply. */
    REJECTED_EVERYWHERE,
    /** In no pipeline, or placed, or only in jobs that are closed. */
    OTHER
}
