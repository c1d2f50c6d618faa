package dev.wecruit.candidates.internal;

import dev.wecruit.candidates.InactiveCandidate;
import dev.wecruit.platform.crypto.SealedText;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The statements that take a person out of the candidates feature's tables, for {@code CandidateRemoval}. Plain SQL
 * on the transaction's connection, so row-level security applies as everywhere; the candidate's row is locked first,
 * so an edit in flight either lands before (and is cleared) or fails on its version after.
 */
@Repository
public class CandidateRemovals {

    private final JdbcTemplate jdbc;

    CandidateRemovals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Candidates who are still people, not on legal hold, and whose last activity (or creation, when nothing happened)
     * was before {@code before}: read on the last-activity index, then the ones added long ago and never touched.
     */
    public List<InactiveCandidate> inactive(Instant before) {
        return jdbc.query("""
                select id, coalesce(last_activity_at, created_at), consent_expires_on
                  from candidates
                 where coalesce(last_activity_at, created_at) < ? and anonymised_at is null and not legal_hold
                 order by id
                """, (rs, n) -> new InactiveCandidate(rs.getObject(1, UUID.class),
                rs.getTimestamp(2).toInstant(), rs.getObject(3, LocalDate.class)), Timestamp.from(before));
    }

    /** {@link #inactive}'s facts of one candidate, their row locked; empty when anonymised or on legal hold. */
    public Optional<InactiveCandidate> lockIfInactive(UUID candidateId) {
        return jdbc.query("""
                select id, coalesce(last_activity_at, created_at), consent_expires_on
                  from candidates
                 where id = ? and anonymised_at is null and not legal_hold
                   for update
                """, (rs, n) -> new InactiveCandidate(rs.getObject(1, UUID.class),
                rs.getTimestamp(2).toInstant(), rs.getObject(3, LocalDate.class)), candidateId).stream().findFirst();
    }

    /** Locks the candidate's row and tells whether they are anonymised already; empty when there is no such row. */
    public Optional<Boolean> lock(UUID candidateId) {
        return jdbc.query("select anonymised_at is not null from candidates where id = ? for update",
                (rs, n) -> rs.getBoolean(1), candidateId).stream().findFirst();
    }

    /**
     * Clears every personal field of the row and seals the given placeholder name; keeps what the firm's figures
     * read (owner, source, the dates of creation and last activity) and what no one can be found by.
     */
    public void clearPersonalFields(UUID candidateId, SealedText firstName, SealedText lastName, Instant at) {
        jdbc.update("""
                update candidates
                   set first_name_enc = ?, last_name_enc = ?, emails_enc = null, phones_enc = null,
                       address_enc = null, linkedin_url_enc = null, location = null, current_title = null,
                       current_company = null, skills = '{}', years_experience = null, work_history = '[]',
                       education = '[]', tags = '{}', consent_note = null, search_terms = '{}',
                       anonymised_at = ?, updated_at = ?, version = version + 1
                 where id = ?
                """, firstName.value(), lastName.value(), Timestamp.from(at), Timestamp.from(at),
                candidateId);
        // the blind index of the name, emails and phones: nobody finds the person by them any more
        jdbc.update("delete from candidate_search_terms where candidate_id = ?", candidateId);
    }

    /** Deletes the candidate's files and the text read from them. */
    public int deleteDocuments(UUID candidateId) {
        return jdbc.update("delete from documents where candidate_id = ?", candidateId);
    }

    /** Deletes the candidate's row; what hangs on it goes with it by the schema's cascades. */
    public void delete(UUID candidateId) {
        jdbc.update("delete from candidates where id = ?", candidateId);
    }
}
