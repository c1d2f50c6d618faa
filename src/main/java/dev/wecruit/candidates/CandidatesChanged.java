package dev.wecruit.candidates;

import java.util.List;
import java.util.UUID;

/**
 * Published inside the transaction that created or changed candidates, or added or removed one of their documents,
 * so features that keep something of a candidate (matching's index) can mark it stale in the same commit.
 */
public record CandidatesChanged(UUID tenantId, List<UUID> candidateIds) {
}
