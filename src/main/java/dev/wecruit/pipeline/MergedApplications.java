package dev.wecruit.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What merging two candidates did to their applications ({@link ApplicationService#mergeCandidates}), so undoing the
 * merge can put each back ({@link ApplicationService#unmergeCandidates}).
 *
 * @param moved the applications that moved from the candidate merged away to the survivor
 * @param dropped the applications taken off a board because the other candidate was further along in the same job
 */
public record MergedApplications(List<UUID> moved, List<Dropped> dropped) {

    public MergedApplications {
        moved = List.copyOf(moved);
        dropped = List.copyOf(dropped);
    }

    /**
     * An application dropped by a merge, as it was, and where its stage history went.
     *
     * @param keptId the application of the same job that was kept, which took over this one's stage history
     * @param history this application's stays, now the kept one's
     * @param closedStay this application's open stay, closed by the merge (the kept one has its own); null if none
     */
    public record Dropped(UUID id, UUID candidateId, UUID jobId, UUID stageId, int position, Instant stageEnteredAt,
            String rejectionReason, Instant createdAt, UUID createdBy, Instant updatedAt, UUID updatedBy,
            long version, UUID keptId, List<UUID> history, UUID closedStay) {

        public Dropped {
            history = List.copyOf(history);
        }
    }
}
