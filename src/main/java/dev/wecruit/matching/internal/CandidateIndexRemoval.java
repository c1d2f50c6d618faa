package dev.wecruit.matching.internal;

import dev.wecruit.candidates.CandidateAnonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes an anonymised candidate out of the matching index in the transaction that anonymises them: their profile
 * text, its lexemes and its vectors (by cascade; the lexicon's triggers count them out). An erased candidate's index
 * goes by the same cascade from the candidate's row. Neither is indexed again: re-indexing visits only candidates
 * who are still people ({@code CandidateService.allIds}).
 */
@Component
class CandidateIndexRemoval {

    private final JdbcTemplate jdbc;

    CandidateIndexRemoval(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CandidateAnonymised anonymised) {
        jdbc.update("delete from candidate_match_profiles where tenant_id = ? and candidate_id = ?",
                anonymised.tenantId(), anonymised.candidateId());
    }
}
