package dev.wecruit.pipeline;

import java.time.Instant;
import java.util.UUID;

/**
 * A card moved on a job's board: to another stage, or to another place in its column. Published inside the move's
 * transaction; listeners that tell boards about it run after commit ({@code @TransactionalEventListener}), so nobody
 * hears of a move that was rolled back.
 *
 * @param version the card's version after the move: a board showing an older one is behind
 * @param actorId the member who moved it
 */
public record CandidateMoved(
        UUID tenantId,
        UUID jobId,
        UUID applicationId,
        UUID candidateId,
        UUID fromStageId,
        UUID toStageId,
        int fromPosition,
        int toPosition,
        long version,
        UUID actorId,
        Instant movedAt) {

    public boolean changedStage() {
        return !fromStageId.equals(toStageId);
    }
}
