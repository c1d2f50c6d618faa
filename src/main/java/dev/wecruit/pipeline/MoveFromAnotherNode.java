package dev.wecruit.pipeline;

/**
 * A move committed by another app node on the same database, heard through PostgreSQL {@code LISTEN}. Published on
 * this node so that its open boards show it too; moves made on this node arrive as {@link CandidateMoved} only.
 */
public record MoveFromAnotherNode(CandidateMoved move) {
}
