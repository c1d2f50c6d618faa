package dev.wecruit.pipeline;

import java.time.Instant;
import java.util.UUID;

/** A candidate in a job's pipeline: the stage, the card's position in its column, and since when. */
public record ApplicationSummary(
        UUID id,
        UUID candidateId,
        UUID jobId,
        UUID stageId,
        int position,
        Instant stageEnteredAt,
        String rejectionReason,
        long version) {
}
