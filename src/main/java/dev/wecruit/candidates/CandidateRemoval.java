package dev.wecruit.candidates;

import dev.wecruit.candidates.internal.CandidateRemovals;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a person out of the firm's records, in one transaction, for the privacy feature: anonymisation (retention,
 * or an admin's "anonymise now") keeps the record as "Anonymised candidate" so the firm's figures stay true;
 * erasure (a person's request) deletes it. Each publishes an event in the transaction, so every feature that keeps a
 * copy of the person removes it in the same commit ({@link CandidateAnonymised}, {@link CandidateErased}).
 *
 * <p>Neither checks the firm's rules (legal hold, retention): the privacy feature decides, this only does.
 */
@Service
public class CandidateRemoval {

    /** How an anonymised candidate is called wherever a name is shown. */
    public static final String ANONYMISED_FIRST_NAME = "Anonymised";
    public static final String ANONYMISED_LAST_NAME = "candidate";

    private final CandidateRemovals removals;
    private final PiiCipher cipher;
    private final ApplicationEventPublisher events;
    private final CurrentTenant currentTenant;
    private final EntityManager entityManager;
    private final Clock clock;

    CandidateRemoval(CandidateRemovals removals, PiiCipher cipher, ApplicationEventPublisher events,
            CurrentTenant currentTenant, EntityManager entityManager, Clock clock) {
        this.removals = removals;
        this.cipher = cipher;
        this.events = events;
        this.currentTenant = currentTenant;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The candidates retention may have to act on: still people, not on legal hold, and inactive since before
     * {@code before} (their last activity, or their creation when nothing happened since).
     */
    @Transactional(readOnly = true)
    @RequiresRole(Role.ADMIN)
    public List<InactiveCandidate> inactiveSince(Instant before) {
        return removals.inactive(before);
    }

    /**
     * Locks the candidate's row and gives their retention facts, when they are still a person and not on legal hold:
     * retention checks its rule again under this lock, so a change committed since it planned counts.
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public Optional<InactiveCandidate> lockIfInactive(UUID candidateId) {
        return removals.lockIfInactive(candidateId);
    }

    /**
     * Removes the candidate's personal data and keeps the record for the firm's statistics: names become
     * "Anonymised candidate"; contact details, profile, tags, consent note, search terms, documents and CV text are
     * removed, and every feature removes its copies (free text of activities, rejection reasons, the matching index).
     * Applications and stage history stay, linked to a record that no longer names anyone.
     *
     * @return false when the candidate was anonymised already (nothing changes: retention may run twice)
     * @throws RecordNotFoundException also for another firm's candidate
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public boolean anonymise(UUID candidateId) {
        // whatever this transaction loaded of the candidate must not be written back over the cleared row
        entityManager.flush();
        boolean already = removals.lock(candidateId)
                .orElseThrow(() -> new RecordNotFoundException("candidate", candidateId));
        if (already) {
            return false;
        }
        removals.deleteDocuments(candidateId);
        removals.clearPersonalFields(candidateId, cipher.seal(ANONYMISED_FIRST_NAME),
                cipher.seal(ANONYMISED_LAST_NAME), clock.instant());
        events.publishEvent(new CandidateAnonymised(tenantId(), candidateId));
        entityManager.clear();
        return true;
    }

    /**
     * Deletes the candidate and everything that is only about them: applications with their stage history,
     * activities about them alone, documents, search terms, the matching index, their access log. An activity that is
     * also about a job, company or contact stays there without them and without its free text. Cannot be undone.
     *
     * @throws RecordNotFoundException also for another firm's candidate
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public void erase(UUID candidateId) {
        entityManager.flush();
        removals.lock(candidateId).orElseThrow(() -> new RecordNotFoundException("candidate", candidateId));
        events.publishEvent(new CandidateErased(tenantId(), candidateId));
        removals.delete(candidateId);
        entityManager.clear();
    }

    /**
     * Deletes a candidate an import created, as {@link #erase} does, when a recruiter undoes that import: the imports
     * feature calls it only for candidates its batch created and that nobody changed since (same version).
     *
     * @return false when the candidate is no longer there or was changed since ({@code expectedVersion} differs)
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public boolean withdrawImported(UUID candidateId, long expectedVersion) {
        entityManager.flush();
        if (removals.lock(candidateId).isEmpty()) {
            return false;
        }
        Long version = entityManager.createQuery("select c.version from Candidate c where c.id = :id", Long.class)
                .setParameter("id", candidateId).getSingleResult();
        if (version == null || version != expectedVersion) {
            return false;
        }
        events.publishEvent(new CandidateErased(tenantId(), candidateId));
        removals.delete(candidateId);
        entityManager.clear();
        return true;
    }

    private UUID tenantId() {
        return currentTenant.currentTenantId().orElseThrow(() -> new IllegalStateException("Removal needs a firm"));
    }
}
