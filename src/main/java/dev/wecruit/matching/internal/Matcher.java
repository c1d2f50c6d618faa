package dev.wecruit.matching.internal;

import dev.wecruit.ai.AiSettings;
import dev.wecruit.ai.AiSettingsService;
import dev.wecruit.ai.ChatModels;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.matching.CandidateMatch;
import dev.wecruit.matching.JobMatch;
import dev.wecruit.matching.Ranking;
import dev.wecruit.matching.RequirementEvidence;
import dev.wecruit.matching.Verdict;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The work behind {@code MatchingService}, on the caller's transaction: a job's query (its stored vectors, or
 * made now when the index has not caught up), the ranking, the firm's model's re-ranking when it has one (for
 * members who may use it: recruiters and admins), the members' verdicts, the candidate's matching jobs, and the log
 * of every request.
 */
@Component
public class Matcher {

    private final Ranker ranker;
    private final LlmReranker reranker;
    private final AiSettingsService ai;
    private final Embeddings embeddings;
    private final EvidenceFinder evidence;
    private final JobService jobs;
    private final CandidateService candidates;
    private final CurrentTenant currentTenant;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Matcher(Ranker ranker, LlmReranker reranker, AiSettingsService ai, Embeddings embeddings,
            EvidenceFinder evidence, JobService jobs, CandidateService candidates, CurrentTenant currentTenant,
            JdbcTemplate jdbc, Clock clock) {
        this.candidates = candidates;
        this.ranker = ranker;
        this.reranker = reranker;
        this.ai = ai;
        this.embeddings = embeddings;
        this.evidence = evidence;
        this.jobs = jobs;
        this.currentTenant = currentTenant;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<CandidateMatch> candidatesFor(JobDetails job, Ranking ranking, Predicate<CandidateSummary> keep,
            int limit) {
        UUID tenantId = tenant();
        MatchText text = MatchText.of(job);
        float[] vector = JobVectors.query(jobVectors(job.id()).orElseGet(() -> JobVectors.flatten(
                embeddings.embed(text.chunks()))));
        List<CandidateMatch> ranked = ranker.rank(tenantId, text.text(), vector, job.requirements(),
                EvidenceFinder.JobFit.of(job), ranking, keep, limit);
        AiSettings settings = ai.settings();
        if (ranking == Ranking.HYBRID_WITH_EVIDENCE && ChatModels.configured(settings)
                && currentTenant.may(Role.RECRUITER)) {
            ranked = reranker.rerank(settings, ai.apiKey(), text.text(), ranked, ranker.profileTexts(tenantId,
                    ranked.stream().limit(LlmReranker.TOP).map(match -> match.candidate().id()).toList()));
        }
        Map<UUID, Verdict> verdicts = verdicts(job.id());
        return ranked.stream().map(match -> new CandidateMatch(match.candidate(), match.score(), match.retrieval(),
                match.coverage(), match.evidence(), match.rationale(), verdicts.get(match.candidate().id())))
                .toList();
    }

    public List<CandidateMatch> candidatesForWords(String words, Predicate<CandidateSummary> keep, int limit) {
        float[] vector = JobVectors.normalised(embeddings.embed(words));
        return ranker.rank(tenant(), words, vector, List.of(), EvidenceFinder.JobFit.none(), Ranking.HYBRID, keep,
                limit);
    }

    /** The firm's open jobs by how near they are to the candidate, each scored on its requirements. */
    public List<JobMatch> jobsFor(UUID candidateId, int limit) {
        UUID tenantId = tenant();
        List<float[]> own = candidateVectors(candidateId);
        String profile = jdbc.queryForList("""
                select profile_text from candidate_match_profiles where tenant_id = ? and candidate_id = ?
                """, String.class, tenantId, candidateId).stream().findFirst().orElse("");
        if (own.isEmpty() || profile.isEmpty()) {
            return List.of();
        }
        CandidateDetails candidate = candidates.get(candidateId);
        Map<UUID, Double> nearness = new HashMap<>();
        jdbc.query("""
                select job_id, vectors from job_match_profiles
                 where tenant_id = ? and job_id = any (?) and cardinality(vectors) > 0
                """, row -> {
            float[] query = JobVectors.query(floats(row.getArray(2)));
            nearness.put(row.getObject(1, UUID.class),
                    own.stream().mapToDouble(chunk -> JobVectors.score(chunk, query, 0)).max().orElse(0));
        }, tenantId, jobs.idsWithStatus(List.of(JobStatus.OPEN)).toArray(UUID[]::new));
        return nearness.entrySet().stream()
                .sorted(Map.Entry.<UUID, Double>comparingByValue().reversed()).limit(limit)
                .map(entry -> scored(jobs.get(entry.getKey()), entry.getValue(), candidate, profile))
                .sorted(Comparator.comparingDouble(JobMatch::score).reversed()).toList();
    }

    private JobMatch scored(JobDetails job, double retrieval, CandidateDetails candidate, String profile) {
        List<RequirementEvidence> found = evidence.assess(job.requirements(), EvidenceFinder.JobFit.of(job),
                new EvidenceFinder.Profile(candidate.skills(), candidate.yearsOfExperience(), profile,
                        candidate.currentTitle(), candidate.location()));
        Double coverage = Ranker.coverage(found);
        double score = coverage == null ? retrieval
                : Ranker.RETRIEVAL_WEIGHT * retrieval + (1 - Ranker.RETRIEVAL_WEIGHT) * coverage;
        return new JobMatch(job, score, retrieval, coverage, found);
    }

    public void judge(UUID jobId, UUID candidateId, Verdict verdict) {
        UUID member = currentTenant.currentMemberId()
                .orElseThrow(() -> new IllegalStateException("A verdict needs a member"));
        if (verdict == null) {
            jdbc.update("delete from match_feedback where tenant_id = ? and job_id = ? and candidate_id = ?"
                    + " and member_id = ?", tenant(), jobId, candidateId, member);
            return;
        }
        jdbc.update("""
                insert into match_feedback (tenant_id, job_id, candidate_id, member_id, verdict, given_at)
                values (?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, job_id, candidate_id, member_id)
                    do update set verdict = excluded.verdict, given_at = excluded.given_at
                """, tenant(), jobId, candidateId, member, verdict.name(), Timestamp.from(clock.instant()));
    }

    /** Writes the request to the log: who, what kind, for which job or candidate, how many results, when. */
    public void logRequest(String kind, UUID jobId, UUID candidateId, int results) {
        jdbc.update("""
                insert into match_requests (tenant_id, id, member_id, kind, job_id, candidate_id, results,
                                            requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, tenant(), UuidVersion7Strategy.INSTANCE.generateUuid(null),
                currentTenant.currentMemberId().orElse(null), kind, jobId, candidateId, results,
                Timestamp.from(clock.instant()));
    }

    private Map<UUID, Verdict> verdicts(UUID jobId) {
        Map<UUID, Verdict> verdicts = new HashMap<>();
        currentTenant.currentMemberId().ifPresent(member -> jdbc.query("""
                select candidate_id, verdict from match_feedback
                 where tenant_id = ? and job_id = ? and member_id = ?
                """, row -> {
            verdicts.put(row.getObject(1, UUID.class), Verdict.valueOf(row.getString(2)));
        }, tenant(), jobId, member));
        return verdicts;
    }

    private Optional<float[]> jobVectors(UUID jobId) {
        return jdbc.query("""
                select vectors from job_match_profiles
                 where tenant_id = ? and job_id = ? and not stale and model = ? and cardinality(vectors) > 0
                """, (row, n) -> floats(row.getArray(1)), tenant(), jobId, embeddings.model()).stream().findFirst();
    }

    private List<float[]> candidateVectors(UUID candidateId) {
        return jdbc.query("""
                select embedding::real[] from candidate_match_vectors where tenant_id = ? and candidate_id = ?
                """, (row, n) -> floats(row.getArray(1)), tenant(), candidateId);
    }

    private static float[] floats(java.sql.Array array) throws java.sql.SQLException {
        Float[] boxed = (Float[]) array.getArray();
        float[] values = new float[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            values[i] = boxed[i];
        }
        return values;
    }

    private UUID tenant() {
        return currentTenant.currentTenantId().orElseThrow(() -> new IllegalStateException("Matching needs a firm"));
    }
}
