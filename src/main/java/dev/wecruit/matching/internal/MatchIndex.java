package dev.wecruit.matching.internal;

import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.DocumentSummary;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.tenancy.CurrentTenant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps matching's index true: marks candidates and jobs stale in the transaction that changed them, and makes stale
 * ones again (PII-free text, lexemes, vectors) in small transactions of their own, claimed with {@code SKIP LOCKED}
 * so several nodes share the work without doing an item twice. A candidate changed while being indexed is marked
 * stale again when the indexing commits, and indexed once more.
 */
@Component
class MatchIndex {

    /** Candidates made again per transaction (a few seconds of work): an edit waits at most for one to commit. */
    static final int BATCH = 40;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CandidateService candidates;
    private final DocumentService documents;
    private final JobService jobs;
    private final CurrentTenant currentTenant;
    private final Embeddings embeddings;
    private final CandidateVectors vectors;
    private final LexicalIndex lexical;

    MatchIndex(JdbcTemplate jdbc, TransactionTemplate transactions, CandidateService candidates,
            DocumentService documents, JobService jobs, CurrentTenant currentTenant, Embeddings embeddings,
            CandidateVectors vectors, LexicalIndex lexical) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.candidates = candidates;
        this.documents = documents;
        this.jobs = jobs;
        this.currentTenant = currentTenant;
        this.embeddings = embeddings;
        this.vectors = vectors;
        this.lexical = lexical;
    }

    /** Marks candidates stale, in the caller's transaction. */
    void candidatesChanged(UUID tenantId, Collection<UUID> candidateIds) {
        jdbc.update("""
                insert into candidate_match_profiles (tenant_id, candidate_id) select ?, unnest(?::uuid[])
                    on conflict (tenant_id, candidate_id) do update set stale = true
                """, tenantId, candidateIds.toArray(UUID[]::new));
    }

    /** Marks a job stale, in the caller's transaction. */
    void jobChanged(UUID tenantId, UUID jobId) {
        jdbc.update("""
                insert into job_match_profiles (tenant_id, job_id) values (?, ?)
                    on conflict (tenant_id, job_id) do update set stale = true
                """, tenantId, jobId);
    }

    /** Marks every candidate and job of the firm stale (after a change of model), in the caller's transaction. */
    int firmChanged(UUID tenantId) {
        jdbc.update("""
                insert into job_match_profiles (tenant_id, job_id) select ?, unnest(?::uuid[])
                    on conflict (tenant_id, job_id) do update set stale = true
                """, tenantId, jobs.idsWithStatus(List.of()).toArray(UUID[]::new));
        List<UUID> all = candidates.allIds();
        candidatesChanged(tenantId, all);
        return all.size();
    }

    /**
     * Makes up to {@code limit} stale candidates (and the firm's stale jobs) again, as the current firm.
     *
     * @return how many candidates and jobs were made again; fewer than asked means none is left
     */
    int indexStale(int limit) {
        int done = 0;
        while (done < limit) {
            int size = Math.min(BATCH, limit - done);
            Integer batch = transactions.execute(status -> indexJobs() + indexCandidates(size));
            if (batch == null || batch == 0) {
                break;
            }
            done += batch;
        }
        return done;
    }

    private int indexCandidates(int limit) {
        UUID tenantId = currentTenant.currentTenantId().orElseThrow();
        List<UUID> claimed = jdbc.queryForList("""
                select candidate_id from candidate_match_profiles where tenant_id = ? and stale
                 order by candidate_id limit ? for update skip locked
                """, UUID.class, tenantId, limit);
        Map<UUID, MatchText> texts = new LinkedHashMap<>();
        for (UUID candidateId : claimed) {
            candidates.find(candidateId).ifPresent(candidate -> texts.put(candidateId,
                    MatchText.of(candidate, cvText(candidateId))));
        }
        // the batch's chunks in one call, so the model keeps every core busy
        List<float[]> all = embeddings.embed(texts.values().stream().flatMap(text -> text.chunks().stream())
                .toList());
        int next = 0;
        for (var entry : texts.entrySet()) {
            UUID candidateId = entry.getKey();
            MatchText text = entry.getValue();
            List<float[]> chunkVectors = all.subList(next, next + text.chunks().size());
            next += text.chunks().size();
            jdbc.update("""
                    update candidate_match_profiles
                       set profile_text = ?, model = ?, stale = false, indexed_at = now()
                     where tenant_id = ? and candidate_id = ?
                    """, text.text(), embeddings.model(), tenantId, candidateId);
            lexical.replace(tenantId, candidateId, text.text());
            vectors.replace(tenantId, candidateId, text.chunks(), chunkVectors);
        }
        return claimed.size();
    }

    private int indexJobs() {
        UUID tenantId = currentTenant.currentTenantId().orElseThrow();
        List<UUID> claimed = jdbc.queryForList("""
                select job_id from job_match_profiles where tenant_id = ? and stale
                 order by job_id limit ? for update skip locked
                """, UUID.class, tenantId, BATCH);
        for (UUID jobId : claimed) {
            Optional<JobDetails> job = jobs.find(jobId);
            if (job.isEmpty()) {
                continue;
            }
            float[] flattened = JobVectors.flatten(embeddings.embed(MatchText.of(job.get()).chunks()));
            Float[] boxed = new Float[flattened.length];
            for (int i = 0; i < flattened.length; i++) {
                boxed[i] = flattened[i];
            }
            jdbc.update("""
                    update job_match_profiles set vectors = ?::real[], model = ?, stale = false, indexed_at = now()
                     where tenant_id = ? and job_id = ?
                    """, boxed, embeddings.model(), tenantId, jobId);
        }
        return claimed.size();
    }

    private String cvText(UUID candidateId) {
        return documents.documentsOf(candidateId).stream().filter(DocumentSummary::hasText).findFirst()
                .map(document -> documents.text(document.id())).orElse("");
    }
}
