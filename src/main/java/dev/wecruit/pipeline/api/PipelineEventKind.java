package dev.wecruit.pipeline.api;

/** What happened on a job's board, as {@code pipelineChanged} tells its subscribers. */
public enum PipelineEventKind {
    /** A card moved to another stage or to another place in its column. */
    MOVED,
    /**
     * The board changed in a way a client catches up with by reading it again: stages edited, candidates added, or
     * moves this node may have missed while its line to the other nodes was down.
     */
    BOARD_CHANGED
}
