package dev.wecruit.pipeline.api;

import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.platform.graphql.GlobalId;
import java.time.Instant;
import java.util.UUID;

/**
 * One event of {@code pipelineChanged} ({@code pipeline-subscriptions.graphqls}), with global ids. The firm stays
 * out: it is the subscriber's own, and {@link PipelineEvents} keys its channels by it.
 *
 * <p>{@code sequence} and {@code version} are {@code bigint} in the database but GraphQL {@code Int} here: they
 * count the moves of one job and the changes of one card, and reaching 2^31 of either is out of reach; a client
 * that sees a gap in {@code sequence} missed a move and reads the board again.
 */
public record PipelineEvent(
        PipelineEventKind kind,
        String jobId,
        String applicationId,
        String candidateId,
        String fromStageId,
        String toStageId,
        Integer fromPosition,
        Integer toPosition,
        Integer version,
        Integer sequence,
        Instant at) {

    static final String JOB = "Job";
    static final String APPLICATION = "Application";
    static final String CANDIDATE = "Candidate";
    static final String STAGE = "Stage";

    static PipelineEvent moved(CandidateMoved move) {
        return new PipelineEvent(PipelineEventKind.MOVED, GlobalId.of(JOB, move.jobId()),
                GlobalId.of(APPLICATION, move.applicationId()), GlobalId.of(CANDIDATE, move.candidateId()),
                GlobalId.of(STAGE, move.fromStageId()), GlobalId.of(STAGE, move.toStageId()), move.fromPosition(),
                move.toPosition(), Math.toIntExact(move.version()), Math.toIntExact(move.sequence()),
                move.movedAt());
    }

    static PipelineEvent boardChanged(UUID jobId, Instant at) {
        return new PipelineEvent(PipelineEventKind.BOARD_CHANGED, GlobalId.of(JOB, jobId), null, null, null, null,
                null, null, null, null, at);
    }
}
