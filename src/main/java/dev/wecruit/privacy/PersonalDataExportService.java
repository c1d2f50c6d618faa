package dev.wecruit.privacy;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditSubjects;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.privacy.internal.ExportProperties;
import dev.wecruit.privacy.internal.PersonalDataExport;
import dev.wecruit.privacy.internal.PersonalDataExportRepository;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.NewItem;
import dev.wecruit.work.StartedWork;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject-access requests (GDPR article 15): a ZIP of everything the firm holds about one candidate, made in the
 * background. It holds {@code personal-data.json} (every field of the record, the files' details and text, the
 * activities, the jobs with their stage history, who read the data and who exported it), {@code summary.html} (the
 * same for a person to read) and the original files. The archive is sealed at rest, downloadable by the member who
 * asked for it and by admins, and deleted when it expires ({@code wecruit.privacy.export.expiry}); erasing the
 * candidate deletes it too. Starting and downloading an export are audited. Viewers cannot export.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataExportService {

    /** The kind of background work that makes exports. */
    public static final String WORK_KIND = "personal-data-export";

    private final PersonalDataExportRepository exports;
    private final CandidateService candidates;
    private final BackgroundWork work;
    private final PiiCipher cipher;
    private final AuditLog audit;
    private final AuditSubjects subjects;
    private final CurrentTenant currentTenant;
    private final ExportProperties properties;
    private final Clock clock;

    PersonalDataExportService(PersonalDataExportRepository exports, CandidateService candidates, BackgroundWork work,
            PiiCipher cipher, AuditLog audit, AuditSubjects subjects, CurrentTenant currentTenant,
            ExportProperties properties, Clock clock) {
        this.exports = exports;
        this.subjects = subjects;
        this.candidates = candidates;
        this.work = work;
        this.cipher = cipher;
        this.audit = audit;
        this.currentTenant = currentTenant;
        this.properties = properties;
        this.clock = clock;
    }

    /** How long a finished export is kept. */
    public Duration expiry() {
        return properties.expiry();
    }

    /**
     * Starts an export of the candidate's personal data; follow it through its {@code workId}.
     *
     * @throws RecordNotFoundException when the candidate is not in the firm (another firm's included)
     * @throws InvalidInputException under {@code candidateId} when an export of the candidate is already being
     *     prepared; nothing is started
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public PersonalDataExportSummary start(UUID candidateId) {
        if (!candidates.exists(candidateId)) {
            throw new RecordNotFoundException("candidate", candidateId);
        }
        if (exports.existsByCandidateIdAndStatus(candidateId, ExportStatus.QUEUED)) {
            throw InvalidInputException.of("candidateId", "An export of this candidate is already being prepared");
        }
        // the work's title and item label name no one: the work record outlives the candidate's erasure
        StartedWork started = work.start(WORK_KIND, "Personal data export", List.of(NewItem.of("Personal data")));
        PersonalDataExport export = exports.saveAndFlush(new PersonalDataExport(candidateId, started.workId(),
                started.itemIds().getFirst(), clock.instant().plus(properties.expiry())));
        audit.record(AuditAction.PERSONAL_DATA_EXPORT_STARTED, subject(candidateId), null);
        return export.toSummary();
    }

    /** The candidate's exports that have not expired, newest first. */
    @RequiresRole(Role.RECRUITER)
    public List<PersonalDataExportSummary> exportsOf(UUID candidateId) {
        return exports.summariesOf(candidateId, clock.instant());
    }

    /** The export, if it is the firm's and has not expired. */
    @RequiresRole(Role.RECRUITER)
    public Optional<PersonalDataExportSummary> find(UUID exportId) {
        Instant now = clock.instant();
        return exports.findById(exportId).filter(export -> export.getExpiresAt().isAfter(now))
                .map(PersonalDataExport::toSummary);
    }

    /** Whether the signed-in member may download the export: they asked for it, or they are an admin. */
    public boolean mayDownload(PersonalDataExportSummary export) {
        return currentTenant.may(Role.ADMIN) || currentTenant.currentMemberId()
                .filter(member -> member.equals(export.requestedBy())).isPresent();
    }

    /**
     * The export's ZIP, for the member who asked for it or an admin. Each download is audited and recorded in the
     * candidate's access log.
     *
     * @throws RecordNotFoundException when the export is not the firm's, or has expired
     * @throws InvalidInputException under {@code exportId} while it is being prepared, or when it failed
     * @throws AccessDeniedException for another recruiter
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public PersonalDataArchive download(UUID exportId) {
        PersonalDataExport export = exports.findById(exportId)
                .filter(found -> found.getExpiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new RecordNotFoundException("export", exportId));
        if (!mayDownload(export.toSummary())) {
            throw new AccessDeniedException("Only who asked for this export, or an admin, may download it");
        }
        if (export.getStatus() != ExportStatus.READY) {
            throw InvalidInputException.of("exportId", export.getStatus() == ExportStatus.QUEUED
                    ? "The export is still being prepared" : "The export failed: start a new one");
        }
        byte[] content = cipher.open(export.getContent(), new FieldRef("personal data export", exportId, "content"));
        CandidateDetails candidate = candidates.get(export.getCandidateId());
        audit.record(AuditAction.PERSONAL_DATA_EXPORT_DOWNLOADED, subject(candidate.id()),
                "Export of " + LocalDate.ofInstant(export.toSummary().requestedAt(), clock.getZone()) + ", "
                        + Math.max(1, content.length / 1024) + " KB");
        recordExportInAccessLog(candidate.id());
        return new PersonalDataArchive(fileName(candidate), content);
    }

    /**
     * Deletes the current firm's exports whose time is up, archive and all. System work runs it for every firm
     * each hour; anything past its expiry is refused for download before that already.
     *
     * @return how many were deleted
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public int deleteExpired() {
        return exports.deleteExpired(clock.instant());
    }

    /** The download is an export of the candidate's contact details: their access log says who, and when. */
    private void recordExportInAccessLog(UUID candidateId) {
        candidates.recordExport(List.of(candidateId));
    }

    /** Audit entries name the candidate by a keyed hash of the id: the log outlives an erasure. */
    private String subject(UUID candidateId) {
        return subjects.candidate(candidateId);
    }

    /** {@code personal-data-ana-lopez-2026-12-02.zip}: letters, digits and dashes only, so any browser keeps it. */
    private String fileName(CandidateDetails candidate) {
        String name = Normalizer.normalize(candidate.fullName(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        return "personal-data-" + (name.isEmpty() ? "" : name + "-") + LocalDate.ofInstant(clock.instant(),
                clock.getZone()) + ".zip";
    }
}
