package dev.wecruit.matching;

import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.matching.internal.Matcher;
import dev.wecruit.matching.internal.MatchIndexing;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.StartedWork;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching (C8), for views and integrators alike: a job's best candidates, a candidate's matching jobs, and
 * candidates found by meaning for a sentence, each ranked with the evidence behind the rank. Every request is
 * logged (who, for what, when). Nothing here rejects anyone: it orders and explains, and a recruiter decides.
 */
@Service
public class MatchingService {

    /** The most matches one request returns. */
    public static final int MAX_RESULTS = 100;

    private final Matcher matcher;
    private final MatchIndexing indexing;
    private final JobService jobs;
    private final ApplicationService applications;

    MatchingService(Matcher matcher, MatchIndexing indexing, JobService jobs, ApplicationService applications) {
        this.matcher = matcher;
        this.indexing = indexing;
        this.jobs = jobs;
        this.applications = applications;
    }

    /** The job's best candidates, as recruiters see them. */
    @Transactional
    public List<CandidateMatch> candidatesFor(UUID jobId, MatchFilters filters, int limit) {
        return candidatesFor(jobId, filters, limit, Ranking.HYBRID_WITH_EVIDENCE);
    }

    /** The job's best candidates by one way of ranking (the benchmark compares them). */
    @Transactional
    public List<CandidateMatch> candidatesFor(UUID jobId, MatchFilters filters, int limit, Ranking ranking) {
        JobDetails job = jobs.get(jobId);
        Set<UUID> inPipeline = filters.excludeInPipeline()
                ? applications.applicationsOf(jobId).stream().map(ApplicationSummary::candidateId)
                        .collect(Collectors.toSet())
                : Set.of();
        Predicate<CandidateSummary> keep = candidate -> !inPipeline.contains(candidate.id())
                && kept(candidate, filters);
        List<CandidateMatch> matches = matcher.candidatesFor(job, ranking, keep, limited(limit));
        matcher.logRequest("CANDIDATES_FOR_JOB", jobId, null, matches.size());
        return matches;
    }

    /** The firm's open jobs that fit the candidate best. */
    @Transactional
    public List<JobMatch> jobsFor(UUID candidateId, int limit) {
        List<JobMatch> matches = matcher.jobsFor(candidateId, limited(limit));
        matcher.logRequest("JOBS_FOR_CANDIDATE", null, candidateId, matches.size());
        return matches;
    }

    /**
     * Candidates ranked by meaning for words a recruiter typed ("payroll specialist in Leeds who knows Sage").
     *
     * @throws InvalidInputException under {@code words} when there are none, or more than 500 characters
     */
    @Transactional
    public List<CandidateMatch> candidatesForWords(String words, int limit) {
        if (words == null || words.isBlank()) {
            throw InvalidInputException.of("words", "Describe who you are looking for");
        }
        if (words.length() > 500) {
            throw InvalidInputException.of("words", "At most 500 characters");
        }
        List<CandidateMatch> matches = matcher.candidatesForWords(words.strip(), candidate -> true,
                limited(limit));
        matcher.logRequest("WORDS", null, null, matches.size());
        return matches;
    }

    /** Records the member's thumbs up or down on a candidate for a job; null takes theirs back. */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public void judge(UUID jobId, UUID candidateId, Verdict verdict) {
        jobs.get(jobId);
        matcher.judge(jobId, candidateId, verdict);
    }

    /** Makes the whole firm's index again (after a change of model), as background work with progress. */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public StartedWork reindexFirm() {
        return indexing.reindexFirm();
    }

    /** How much of the firm's index is up to date. */
    @Transactional(readOnly = true)
    public IndexState indexState() {
        return indexing.state();
    }

    private static boolean kept(CandidateSummary candidate, MatchFilters filters) {
        if (filters.location() != null && !filters.location().isBlank() && (candidate.location() == null
                || !candidate.location().toLowerCase(Locale.ROOT).contains(
                        filters.location().strip().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return candidate.tags().stream().noneMatch(tag -> filters.excludeTags().stream()
                .anyMatch(excluded -> excluded.equalsIgnoreCase(tag)));
    }

    private static int limited(int limit) {
        return Math.max(1, Math.min(limit, MAX_RESULTS));
    }
}
