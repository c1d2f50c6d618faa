package dev.wecruit.intake;

import java.util.UUID;

/**
 * What "create a candidate from a CV" did.
 *
 * @param candidateId the new candidate, or the existing one the CV duplicates
 * @param duplicate whether an existing candidate matched (then nothing was created)
 */
public record FromCvResult(UUID candidateId, boolean duplicate, ParsedCv parsed, String duplicateReason) {
}
