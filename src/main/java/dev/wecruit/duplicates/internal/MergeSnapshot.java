package dev.wecruit.duplicates.internal;

import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.pipeline.MergedApplications;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What undoing a merge needs, kept sealed in {@code candidate_merges.snapshot_enc} because it names the survivor: their
 * values before the merge, their last activity before and after it, and what moved from the other candidate.
 */
public record MergeSnapshot(CandidateDraft survivorBefore, Instant survivorLastActivityBefore,
        Instant survivorLastActivityAfter, List<UUID> activities, List<UUID> documents,
        MergedApplications applications) {
}
