package dev.wecruit.matching;

import dev.wecruit.jobs.JobDetails;
import java.util.List;

/** An open job that fits a candidate, with the same evidence as {@link CandidateMatch}. */
public record JobMatch(JobDetails job, double score, double retrieval, Double coverage,
        List<RequirementEvidence> evidence) {
}
