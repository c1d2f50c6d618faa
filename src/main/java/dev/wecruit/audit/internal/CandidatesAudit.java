package dev.wecruit.audit.internal;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditSubjects;
import dev.wecruit.candidates.LegalHoldChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records legal holds as candidates publishes them, in the saving transaction (decision 0023). A hold decides whether
 * retention may remove a person, so who set or lifted it, and when, must be on the record; the reason is the admin's
 * words about the person and stays with the candidate, so the entry names the candidate by a keyed hash only.
 */
@Component
class CandidatesAudit {

    private final AuditLog audit;
    private final AuditSubjects subjects;

    CandidatesAudit(AuditLog audit, AuditSubjects subjects) {
        this.audit = audit;
        this.subjects = subjects;
    }

    @EventListener
    void on(LegalHoldChanged changed) {
        String subject = subjects.candidate(changed.candidateId());
        if (changed.after() == null) {
            audit.record(AuditAction.LEGAL_HOLD_LIFTED, subject, null);
        } else {
            audit.record(AuditAction.LEGAL_HOLD_SET, subject, changed.before() == null ? "Put on hold"
                    : "Reason changed");
        }
    }
}
