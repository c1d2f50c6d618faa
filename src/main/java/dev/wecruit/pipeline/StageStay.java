package dev.wecruit.pipeline;

import dev.wecruit.jobs.StageKind;
import java.time.Instant;
import java.util.UUID;

/**
 * One stay of a card in a stage, with the card's candidate and job: what the dashboard's funnel, time in stage and
 * placements are computed from.
 *
 * @param stageId null when the stage has since been removed from the job
 * @param stageKind the kind the stage had when the card entered it
 * @param exitedAt null while the card is still there
 */
public record StageStay(UUID applicationId, UUID candidateId, UUID jobId, UUID stageId, String stageName,
        StageKind stageKind, Instant enteredAt, Instant exitedAt) {
}
