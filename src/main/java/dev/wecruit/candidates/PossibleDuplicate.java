package dev.wecruit.candidates;

/**
 * A candidate of the firm who may be the same person as another record or a draft.
 *
 * @param reason why, as people read it: "Same email", "Similar name (0.93) and same employer Acme"
 * @param confidence how sure, from 0 to 1 (two decimals): the same email is near 1, a similar name with only the same
 *     location much lower
 * @param exact whether it is the same email or phone (the blind index), not only a similar name with something else
 *     in common
 */
public record PossibleDuplicate(CandidateSummary candidate, String reason, double confidence, boolean exact) {
}
