package dev.wecruit.activities.internal;

import dev.wecruit.candidates.CandidateAnonymised;
import dev.wecruit.candidates.CandidateErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a person out of the timeline, in the transaction that anonymises or erases them. What they said or what was
 * written about them is free text, so it goes; that a call or a move happened, and when, stays where it is still
 * about someone else (a job, a company, a contact), so those timelines and the firm's activity figures stay true.
 */
@Component
class CandidateActivitiesRemoval {

    private final JdbcTemplate jdbc;

    CandidateActivitiesRemoval(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CandidateAnonymised anonymised) {
        jdbc.update("update activities set subject = null, body = null, version = version + 1"
                + " where candidate_id = ? and (subject is not null or body is not null)", anonymised.candidateId());
    }

    @EventListener
    void on(CandidateErased erased) {
        // about other records too: keep the entry there, without the person and what was written
        jdbc.update("""
                update activities set candidate_id = null, subject = null, body = null, version = version + 1
                 where candidate_id = ? and num_nonnulls(job_id, company_id, contact_id) > 0
                """, erased.candidateId());
        jdbc.update("delete from activities where candidate_id = ?", erased.candidateId());
    }
}
