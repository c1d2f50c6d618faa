package dev.wecruit.candidates;

/**
 * Two of the firm's candidates who may be one person, as the firm-wide scan finds them: {@code first} is the one with
 * the lower id, so a pair is always written the same way round.
 */
public record DuplicatePair(CandidateSummary first, CandidateSummary second, String reason, double confidence) {
}
