package dev.wecruit.privacy;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditSubjects;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateRemoval;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure at a person's request: the candidate and everything only about them go, in one transaction, and cannot
 * come back. The audit log keeps one entry, with who erased and when, naming the candidate by a keyed hash of their
 * id (which whoever kept the id can check, and which says nothing else). What erasure cannot reach, backups, is in
 * the README.
 */
@Service
public class ErasureService {

    private final CandidateService candidates;
    private final CandidateRemoval removal;
    private final AuditSubjects subjects;
    private final AuditLog audit;

    ErasureService(CandidateService candidates, CandidateRemoval removal, AuditSubjects subjects,
            AuditLog audit) {
        this.candidates = candidates;
        this.removal = removal;
        this.subjects = subjects;
        this.audit = audit;
    }

    /** What the admin types to confirm erasing this candidate: their full name as the page shows it. */
    @Transactional(readOnly = true)
    @RequiresRole(Role.ADMIN)
    public String confirmationFor(UUID candidateId) {
        return candidates.get(candidateId).fullName();
    }

    /**
     * Erases the candidate.
     *
     * @param confirmation the candidate's full name, typed by the admin (case, accents and spacing aside)
     * @throws InvalidInputException when the candidate is on legal hold (a hold exists to keep the records), or the
     *     confirmation does not match; nothing is erased
     * @throws RecordNotFoundException also for another firm's candidate
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public void erase(UUID candidateId, String confirmation) {
        CandidateDetails candidate = candidates.get(candidateId);
        if (candidate.onLegalHold()) {
            throw InvalidInputException.of("confirmation", "On legal hold: " + candidate.legalHold().reason()
                    + ". Lift the hold before erasing them.");
        }
        if (confirmation == null || !folded(confirmation).equals(folded(candidate.fullName()))) {
            throw InvalidInputException.of("confirmation", "Type the candidate's full name, "
                    + candidate.fullName() + ", to erase them");
        }
        String subject = subjects.candidate(candidateId);
        removal.erase(candidateId);
        audit.record(AuditAction.CANDIDATE_ERASED, subject, "At the person's request");
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
