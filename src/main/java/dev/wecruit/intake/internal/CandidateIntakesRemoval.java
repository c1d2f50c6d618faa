package dev.wecruit.intake.internal;

import dev.wecruit.candidates.CandidateAnonymised;
import dev.wecruit.candidates.CandidateErased;
import dev.wecruit.work.BackgroundWork;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a person out of CV intake when they are anonymised or erased: the intakes saved as them or onto them (their
 * sealed file name, and whatever of the file or proposal is still there) are deleted, and the work items of those
 * CVs stop showing the file's name, which often is the person's.
 */
@Component
class CandidateIntakesRemoval {

    private final JdbcTemplate jdbc;
    private final BackgroundWork work;

    CandidateIntakesRemoval(JdbcTemplate jdbc, BackgroundWork work) {
        this.jdbc = jdbc;
        this.work = work;
    }

    @EventListener
    void on(CandidateAnonymised anonymised) {
        remove(anonymised.candidateId());
    }

    @EventListener
    void on(CandidateErased erased) {
        remove(erased.candidateId());
    }

    private void remove(UUID candidateId) {
        List<UUID> items = jdbc.queryForList("""
                delete from cv_intakes where candidate_id = ? or update_of = ? returning item_id
                """, UUID.class, candidateId, candidateId);
        // only admins redact work items; a recruiter undoing an import removes candidates that have no CVs here
        if (!items.isEmpty()) {
            work.redactItems(items);
        }
    }
}
