package dev.wecruit.candidates;

import java.util.UUID;

/**
 * Published inside the transaction that merged a candidate into another ({@link CandidateService#retire}): the
 * retired record stays only so the merge can be undone, so features that keep a copy of it for finding it (matching's
 * index) drop theirs. Undoing the merge publishes {@link CandidatesChanged} for both, which makes them again.
 */
public record CandidateRetired(UUID tenantId, UUID candidateId, UUID mergedInto) {
}
