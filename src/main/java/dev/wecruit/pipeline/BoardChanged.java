package dev.wecruit.pipeline;

import java.util.UUID;

/**
 * A job's board changed in a way its open boards catch up with by reading it again: its stages were edited, or
 * candidates were added to it. Moves travel as {@link CandidateMoved} instead.
 */
public record BoardChanged(UUID tenantId, UUID jobId) {
}
