package dev.wecruit.jobs;

import java.util.UUID;

/** Published inside the transaction that created or changed a job, as {@code CandidatesChanged} is for candidates. */
public record JobChanged(UUID tenantId, UUID jobId) {
}
