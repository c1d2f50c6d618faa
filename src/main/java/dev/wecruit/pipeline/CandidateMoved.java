package dev.wecruit.pipeline;

import java.time.Instant;
import java.util.UUID;

/**
 * A card moved on a job's board: to another stage, or to another place in its column. Published inside the move's
 * transaction. Open boards hear of it after commit; the note to other nodes is sent before commit with
 * {@code pg_notify}, which PostgreSQL delivers only once the transaction commits. Nobody hears of a move that was
 * rolled back.
 *
 * @param sequence the job's number for this move: moves of a job are numbered 1, 2, 3... in commit order
 * @param version the card's version after the move: a board showing an older one is behind
 * @param actorId the member who moved it
 */
public record CandidateMoved(
        UUID tenantId,
        UUID jobId,
        long sequence,
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
