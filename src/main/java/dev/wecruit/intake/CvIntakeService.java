package dev.wecruit.intake;

import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.intake.internal.CvIntake;
import dev.wecruit.intake.internal.CvIntakeRepository;
import dev.wecruit.intake.internal.CvReading;
import dev.wecruit.intake.parsing.CvFields;
import dev.wecruit.intake.parsing.Proposal;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.documents.DocumentFormat;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.NewItem;
import dev.wecruit.work.StartedWork;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * CV intake (C7): recruiters drop CVs, background work reads each one (offline, and with the firm's language model
 * when configured), and the proposed fields wait in the recruiter's review queue until they save a new candidate,
 * update an existing one, or discard the CV. Integrators parse a CV, or create a candidate from one, in one call.
 *
 * <p>Nothing of a CV that cannot be read is kept: its work item says why. A saved CV becomes the candidate's
 * document, sealed like any other, and the intake forgets the file and the proposal.
 */
@Service
@Transactional(readOnly = true)
public class CvIntakeService {

    /** The most CVs dropped at once. */
    public static final int MAX_FILES = 200;
    /** The kind of background work that reads dropped CVs. */
    public static final String WORK_KIND = "cv-intake";

    private final CvIntakeRepository intakes;
    private final CvReading reading;
    private final BackgroundWork work;
    private final CandidateService candidates;
    private final DocumentService documents;
    private final PiiCipher cipher;
    private final CurrentTenant currentTenant;
    private final ObjectMapper json;

    CvIntakeService(CvIntakeRepository intakes, CvReading reading, BackgroundWork work, CandidateService candidates,
            DocumentService documents, PiiCipher cipher, CurrentTenant currentTenant, ObjectMapper json) {
        this.intakes = intakes;
        this.reading = reading;
        this.work = work;
        this.candidates = candidates;
        this.documents = documents;
        this.cipher = cipher;
        this.currentTenant = currentTenant;
        this.json = json;
    }

    /**
     * Drops CVs for new candidates: each readable file is stored (sealed) and queued for reading; a file of the
     * wrong type or too large is not stored, and shows in the work as failed with its reason.
     *
     * @throws InvalidInputException under {@code files} for none or more than {@link #MAX_FILES}
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public StartedIntake addCvs(List<CvUpload> files) {
        if (files.isEmpty() || files.size() > MAX_FILES) {
            throw InvalidInputException.of("files", "Drop between 1 and " + MAX_FILES + " CVs at a time");
        }
        return start(files, null, files.size() == 1 ? "1 CV" : files.size() + " CVs");
    }

    /**
     * Drops one CV to update an existing candidate: once read, its review shows the candidate's values next to
     * the CV's.
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public StartedIntake updateFromCv(UUID candidateId, CvUpload file) {
        CandidateDetails candidate = candidates.find(candidateId)
                .orElseThrow(() -> InvalidInputException.of("candidateId", "No such candidate in your firm"));
        return start(List.of(file), candidate.id(), "CV for " + candidate.fullName());
    }

    private StartedIntake start(List<CvUpload> files, UUID updateOf, String title) {
        List<NewItem> items = new ArrayList<>(files.size());
        List<DocumentFormat> formats = new ArrayList<>(files.size());
        for (CvUpload file : files) {
            String label = file.fileName() == null || file.fileName().isBlank() ? "CV" : file.fileName().strip();
            try {
                formats.add(reading.check(file.content()));
                items.add(NewItem.of(label));
            } catch (CvRejected rejected) {
                formats.add(null);
                items.add(NewItem.rejected(label, rejected.getMessage()));
            }
        }
        StartedWork started = work.start(WORK_KIND, title, items);
        for (int i = 0; i < files.size(); i++) {
            byte[] content = files.get(i).content();
            if (formats.get(i) != null) {
                intakes.save(new CvIntake(started.workId(), started.itemIds().get(i),
                        cipher.seal(items.get(i).label()), formats.get(i).contentType(), content.length,
                        sha256(content), cipher.seal(content), updateOf));
            }
        }
        intakes.flush();
        int refused = (int) items.stream().filter(item -> item.rejectedBecause() != null).count();
        return new StartedIntake(started.workId(), files.size(), refused);
    }

    /** The files of the work that could not be read, each with why: "scan.pdf: This PDF has no text layer...". */
    public List<String> problemsOf(UUID workId) {
        return work.failedItems(workId).stream().map(item -> item.label() + ": " + item.error()).toList();
    }

    /** The CVs the signed-in member dropped that wait for review, oldest first. */
    public List<UUID> reviewQueue() {
        return currentTenant.currentMemberId()
                .map(member -> intakes.idsByStatusAndCreator(IntakeStatus.TO_REVIEW, member)).orElse(List.of());
    }

    /** How many of a piece of work's CVs wait for review. */
    public long toReviewIn(UUID workId) {
        return intakes.countByWorkIdAndStatus(workId, IntakeStatus.TO_REVIEW);
    }

    /** The parsed CV with its possible duplicates; empty unless it waits for review in the current firm. */
    public Optional<CvReview> review(UUID intakeId) {
        return intakes.findById(intakeId).filter(intake -> intake.getStatus() == IntakeStatus.TO_REVIEW)
                .map(intake -> {
                    ParsedCv parsed = proposal(intake);
                    CandidateDetails updating = intake.getUpdateOf() == null ? null
                            : candidates.find(intake.getUpdateOf()).orElse(null);
                    List<PossibleDuplicate> duplicates = duplicatesOf(parsed.fields()).stream()
                            .filter(duplicate -> updating == null || !duplicate.candidate().id().equals(updating.id()))
                            .toList();
                    return new CvReview(intake.getId(), parsed, duplicates, updating);
                });
    }

    /** A candidate of the firm as the reviewer compares it with the CV. */
    public CandidateDetails candidate(UUID candidateId) {
        return candidates.get(candidateId);
    }

    /**
     * Saves the reviewed CV as a new candidate, with the CV attached as their document.
     *
     * @throws InvalidInputException for the draft's invalid fields; nothing is saved
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public CandidateDetails saveAsNew(UUID intakeId, CandidateDraft draft) {
        CvIntake intake = toReview(intakeId);
        CandidateDetails created = candidates.create(draft);
        attach(intake, created.id());
        return created;
    }

    /**
     * Saves the reviewed CV onto an existing candidate ("update this one instead"), with the CV attached.
     *
     * @param expectedVersion the candidate's version the reviewer saw
     * @throws dev.wecruit.platform.persistence.StaleRecordException when the candidate changed meanwhile
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public CandidateDetails saveOnto(UUID intakeId, UUID candidateId, long expectedVersion, CandidateDraft draft) {
        CvIntake intake = toReview(intakeId);
        CandidateDetails updated = candidates.update(candidateId, expectedVersion, draft);
        attach(intake, candidateId);
        return updated;
    }

    /** Drops the CV from the queue and forgets its file. */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public void discard(UUID intakeId) {
        toReview(intakeId).discarded();
    }

    /**
     * Reads a CV and returns what it proposes; nothing is stored (the API's {@code POST /api/cv/parse}).
     *
     * @throws CvRejected when the file is too large, of another type or unreadable
     */
    @RequiresRole(Role.RECRUITER)
    public ParsedCv parse(CvUpload file) throws CvRejected {
        return reading.read(file.fileName(), file.content());
    }

    /**
     * Reads a CV and creates its candidate with the CV attached, unless the firm already has them (same email,
     * phone, or name with employer or location): then nothing is created and the existing candidate is named.
     *
     * @throws CvRejected when the file cannot be read
     * @throws InvalidInputException when what was read does not make a valid candidate (no name found)
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public FromCvResult createFromCv(CvUpload file) throws CvRejected {
        ParsedCv parsed = reading.read(file.fileName(), file.content());
        List<PossibleDuplicate> duplicates = duplicatesOf(parsed.fields());
        if (!duplicates.isEmpty()) {
            PossibleDuplicate first = duplicates.getFirst();
            return new FromCvResult(first.candidate().id(), true, parsed, first.reason());
        }
        CandidateDetails created = candidates.create(CvDrafts.draftOf(parsed.fields(),
                currentTenant.currentMemberId().orElse(null)));
        documents.attach(created.id(), file.fileName(), file.content());
        return new FromCvResult(created.id(), false, parsed, null);
    }

    /**
     * The firm's candidates who may be the person on the CV: the same email or phone (found through the blind
     * index), or the same first and last name with the same current employer or location.
     */
    public List<PossibleDuplicate> duplicatesOf(CvFields fields) {
        Map<UUID, PossibleDuplicate> found = new LinkedHashMap<>();
        for (Proposal<String> email : fields.emails()) {
            candidates.findByEmail(email.value()).forEach(candidate -> found.putIfAbsent(candidate.id(),
                    new PossibleDuplicate(candidate, "Same email (" + email.value() + ")")));
        }
        for (Proposal<String> phone : fields.phones()) {
            candidates.findByPhone(phone.value()).forEach(candidate -> found.putIfAbsent(candidate.id(),
                    new PossibleDuplicate(candidate, "Same phone (" + phone.value() + ")")));
        }
        String first = CvDrafts.value(fields.firstName());
        String last = CvDrafts.value(fields.lastName());
        if (first != null && last != null) {
            for (CandidateSummary candidate : candidates.searchByName(first + " " + last, 20)) {
                if (!same(candidate.firstName(), first) || !same(candidate.lastName(), last)) {
                    continue;
                }
                if (same(candidate.currentCompany(), CvDrafts.value(fields.currentEmployer()))) {
                    found.putIfAbsent(candidate.id(), new PossibleDuplicate(candidate, "Same name and employer"));
                } else if (same(candidate.location(), CvDrafts.value(fields.location()))) {
                    found.putIfAbsent(candidate.id(), new PossibleDuplicate(candidate, "Same name and location"));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private void attach(CvIntake intake, UUID candidateId) {
        String fileName = cipher.open(intake.getFileName(), new FieldRef("CV intake", intake.getId(), "fileName"));
        byte[] content = cipher.open(intake.getContent(), new FieldRef("CV intake", intake.getId(), "content"));
        documents.attach(candidateId, fileName, content);
        intake.saved(candidateId);
        intakes.flush();
    }

    private CvIntake toReview(UUID intakeId) {
        return intakes.findById(intakeId).filter(intake -> intake.getStatus() == IntakeStatus.TO_REVIEW)
                .orElseThrow(() -> new RecordNotFoundException("CV to review", intakeId));
    }

    private ParsedCv proposal(CvIntake intake) {
        String stored = cipher.open(intake.getProposal(), new FieldRef("CV intake", intake.getId(), "proposal"));
        return json.readValue(stored, ParsedCv.class);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank()
                && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
