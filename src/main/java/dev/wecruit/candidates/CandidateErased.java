package dev.wecruit.candidates;

import java.util.UUID;

/**
 * A candidate is being erased: published inside the erasing transaction just before their row is deleted, while
 * what refers to them can still be found. A feature removes in its listener what the deletion's cascade would not
 * reach, or would reach too far: an activity that is also about a job or a contact keeps its place on their
 * timeline without the candidate and without its free text. When a listener fails, nothing is erased.
 */
public record CandidateErased(UUID tenantId, UUID candidateId) {
}
