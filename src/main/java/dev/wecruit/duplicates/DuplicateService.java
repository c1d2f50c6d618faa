package dev.wecruit.duplicates;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditSubjects;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DuplicateCandidates;
import dev.wecruit.candidates.DuplicatePair;
import dev.wecruit.candidates.DuplicateScanPage;
import dev.wecruit.candidates.PossibleDuplicate;
import dev.wecruit.duplicates.internal.DismissedPairs;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's possible duplicates as members work through them: a page at a time of the firm-wide scan, so a firm
 * of any size is gone through in bounded steps, less the pairs dismissed as "Not a duplicate", which never show
 * again. Recruiters and admins only; viewers see nothing of it.
 */
@Service
@Transactional(readOnly = true)
public class DuplicateService {

    /** A page holds at least this many pairs, unless the scan ends or {@link #MAX_SCANNED} is reached first. */
    public static final int PAGE_PAIRS = 25;
    /** Most candidates one page goes through: bounds the time a page takes on a firm with few duplicates. */
    public static final int MAX_SCANNED = 5_000;

    private static final int STRETCH = 1_000;

    private final DuplicateCandidates detection;
    private final CandidateService candidates;
    private final DismissedPairs dismissed;
    private final AuditLog audit;
    private final AuditSubjects subjects;
    private final CurrentTenant currentTenant;
    private final Clock clock;

    DuplicateService(DuplicateCandidates detection, CandidateService candidates, DismissedPairs dismissed,
            AuditLog audit, AuditSubjects subjects, CurrentTenant currentTenant, Clock clock) {
        this.detection = detection;
        this.candidates = candidates;
        this.dismissed = dismissed;
        this.audit = audit;
        this.subjects = subjects;
        this.currentTenant = currentTenant;
        this.clock = clock;
    }

    /**
     * The next page of the firm's possible duplicates, most likely first within the page.
     *
     * @param after where the previous page ended ({@link DuplicatePairsPage#next}), or null for the first page
     */
    @RequiresRole(Role.RECRUITER)
    public DuplicatePairsPage pairs(UUID after) {
        List<DuplicatePair> pairs = new ArrayList<>();
        UUID cursor = after;
        int scanned = 0;
        boolean done = false;
        while (!done && pairs.size() < PAGE_PAIRS && scanned < MAX_SCANNED) {
            DuplicateScanPage stretch = detection.scan(cursor, STRETCH);
            scanned += stretch.scanned();
            cursor = stretch.lastId();
            done = stretch.done();
            pairs.addAll(notDismissed(stretch.pairs()));
        }
        pairs.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return new DuplicatePairsPage(List.copyOf(pairs), done ? null : cursor, scanned);
    }

    /** The candidate's possible duplicates, less those dismissed: what their page lists. */
    @RequiresRole(Role.RECRUITER)
    public List<PossibleDuplicate> of(UUID candidateId) {
        List<PossibleDuplicate> found = detection.possibleDuplicatesOfCandidate(candidateId);
        Set<DismissedPairs.Pair> gone = dismissed.among(found.stream()
                .map(duplicate -> DismissedPairs.Pair.of(candidateId, duplicate.candidate().id())).toList());
        return found.stream()
                .filter(duplicate -> !gone.contains(DismissedPairs.Pair.of(candidateId, duplicate.candidate().id())))
                .toList();
    }

    /**
     * "Not a duplicate": the pair never shows again, whichever way round. Audited; dismissing a pair twice is
     * recorded once.
     *
     * @throws RecordNotFoundException when either is not a candidate of the firm
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public void dismiss(UUID oneId, UUID otherId) {
        if (oneId.equals(otherId)) {
            throw InvalidInputException.of("candidate", "A candidate is always the same person as themselves");
        }
        Set<UUID> existing = candidates.existing(List.of(oneId, otherId));
        for (UUID id : List.of(oneId, otherId)) {
            if (!existing.contains(id)) {
                throw new RecordNotFoundException("candidate", id);
            }
        }
        UUID tenantId = currentTenant.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("Dismissing a duplicate needs a firm"));
        DismissedPairs.Pair pair = DismissedPairs.Pair.of(oneId, otherId);
        if (dismissed.add(tenantId, pair, currentTenant.currentMemberId().orElse(null), clock.instant())) {
            audit.record(AuditAction.DUPLICATE_DISMISSED, subjects.candidate(pair.first()),
                    "Not the same person as " + subjects.candidate(pair.second()));
        }
    }

    private List<DuplicatePair> notDismissed(List<DuplicatePair> pairs) {
        Set<DismissedPairs.Pair> gone = dismissed.among(pairs.stream()
                .map(pair -> DismissedPairs.Pair.of(pair.first().id(), pair.second().id())).toList());
        return pairs.stream()
                .filter(pair -> !gone.contains(DismissedPairs.Pair.of(pair.first().id(), pair.second().id())))
                .toList();
    }
}
