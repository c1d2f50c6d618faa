package dev.wecruit.matching.internal;

import dev.wecruit.candidates.CandidateAnonymised;
import dev.wecruit.candidates.CandidateErased;
import dev.wecruit.candidates.CandidateRetired;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a candidate out of the matching index in the transaction that anonymises or erases them: their profile text,
 * its lexemes and its vectors, and the lexicon's entries for words no other profile of the firm has (a rare word may
 * be the person's name or employer; the lexicon's triggers only count a lexeme down to zero). Neither is indexed
 * again: re-indexing visits only candidates who are still people ({@code CandidateService.allIds}).
 */
@Component
class CandidateIndexRemoval {

    private final JdbcTemplate jdbc;

    CandidateIndexRemoval(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CandidateAnonymised anonymised) {
        remove(anonymised.tenantId(), anonymised.candidateId());
    }

    @EventListener
    void on(CandidateErased erased) {
        remove(erased.tenantId(), erased.candidateId());
    }

    @EventListener
    void on(CandidateRetired retired) {
        // merged away: never a match while the merge can be undone; unmerging indexes them again
        remove(retired.tenantId(), retired.candidateId());
    }

    private void remove(UUID tenantId, UUID candidateId) {
        List<String> lexemes = jdbc.queryForList("""
                delete from candidate_match_lexemes where tenant_id = ? and candidate_id = ? returning lexeme
                """, String.class, tenantId, candidateId);
        jdbc.update("delete from candidate_match_profiles where tenant_id = ? and candidate_id = ?", tenantId,
                candidateId);
        if (!lexemes.isEmpty()) {
            jdbc.update("delete from candidate_match_lexicon where tenant_id = ? and lexeme = any (?) and profiles = 0",
                    tenantId, lexemes.toArray(String[]::new));
        }
    }
}
