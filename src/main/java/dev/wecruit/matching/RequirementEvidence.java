package dev.wecruit.matching;

import dev.wecruit.jobs.Requirement;

/**
 * One requirement of a job, scored for one candidate.
 *
 * @param quote the words of the candidate's profile or CV that meet it, exactly as written there; null when missing
 */
public record RequirementEvidence(Requirement requirement, Coverage coverage, String quote) {
}
