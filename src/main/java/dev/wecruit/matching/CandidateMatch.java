package dev.wecruit.matching;

import dev.wecruit.candidates.CandidateSummary;
import java.util.List;

/**
 * A candidate ranked for a job (or for words), with everything behind the rank.
 *
 * @param score the match, 0 to 1: retrieval and requirement coverage combined
 * @param retrieval how near the candidate's profile is to the job, 0 to 1 (lexical and semantic ranks fused)
 * @param coverage the share of the job's requirements met (must-haves count double), 0 to 1; null without any
 * @param evidence each requirement, met, partial or missing, with its quote
 * @param rationale the firm's language model's reason, quoting the profile; null when none is configured or its
 *     answer failed grounding
 * @param verdict the signed-in member's own thumbs up or down; null when they gave none
 */
public record CandidateMatch(CandidateSummary candidate, double score, double retrieval, Double coverage,
        List<RequirementEvidence> evidence, String rationale, Verdict verdict) {

    public long met() {
        return evidence.stream().filter(item -> item.coverage() == Coverage.MET).count();
    }
}
