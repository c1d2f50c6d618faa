package dev.wecruit.candidates;

import java.util.UUID;

/**
 * A candidate's personal data was removed and the record kept as "Anonymised candidate", for the firm's statistics.
 * Published inside the anonymising transaction: every feature that keeps a copy of the person (free text about
 * them, an index of their profile, files) removes it in its listener, so the person leaves every table in one
 * commit, or, when a listener fails, in none.
 */
public record CandidateAnonymised(UUID tenantId, UUID candidateId) {
}
