package dev.wecruit.intake;

import dev.wecruit.candidates.CandidateSummary;

/**
 * A candidate of the firm that may be the person on a CV.
 *
 * @param reason why: "Same email", "Same phone", "Same name and employer", "Same name and location"
 */
public record PossibleDuplicate(CandidateSummary candidate, String reason) {
}
