package dev.wecruit.pipeline;

import java.time.Instant;
import java.util.UUID;

/**
 * A card's stay in one stage.
 *
 * @param stageId null when the stage has since been removed from the job
 * @param exitedAt null while the card is still there
 */
public record StageVisit(UUID stageId, String stageName, Instant enteredAt, Instant exitedAt) {
}
