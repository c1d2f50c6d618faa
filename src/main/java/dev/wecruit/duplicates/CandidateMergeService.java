package dev.wecruit.duplicates;

import dev.wecruit.activities.ActivityService;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditSubjects;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.duplicates.internal.CandidateMerges;
import dev.wecruit.duplicates.internal.MergeProperties;
import dev.wecruit.duplicates.internal.MergeSnapshot;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.MergedApplications;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.persistence.Ids;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Merging two candidates who are the same person, and undoing it (decision 0037). A merge, in one transaction: the
 * survivor takes the value chosen per field; the other's activities, applications (with the same-job-twice rule),
 * stage history and documents move to the survivor, each through its owner's service; the other is retired (no list,
 * search, duplicate scan or match finds them) but kept; and what undoing needs is sealed in {@code candidate_merges}.
 * Within {@code wecruit.duplicates.unmerge-period}, "Unmerge" restores both as they were, unless the survivor changed
 * since in a way a restore would overwrite; afterwards the daily sweep deletes the retired record for good. Both are
 * audited. Recruiters and admins only; every method acts on the current firm, and another firm's candidates are never
 * found.
 */
@Service
@Transactional(readOnly = true)
public class CandidateMergeService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final CandidateService candidates;
    private final DocumentService documents;
    private final ActivityService activities;
    private final ApplicationService applications;
    private final CandidateMerges merges;
    private final MergeProperties properties;
    private final OrganizationService organizations;
    private final PiiCipher cipher;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final AuditSubjects subjects;
    private final CurrentTenant currentTenant;
    private final Clock clock;

    CandidateMergeService(CandidateService candidates, DocumentService documents, ActivityService activities,
            ApplicationService applications, CandidateMerges merges, MergeProperties properties,
            OrganizationService organizations, PiiCipher cipher, ObjectMapper json, AuditLog audit,
            AuditSubjects subjects, CurrentTenant currentTenant, Clock clock) {
        this.candidates = candidates;
        this.documents = documents;
        this.activities = activities;
        this.applications = applications;
        this.merges = merges;
        this.properties = properties;
        this.organizations = organizations;
        this.cipher = cipher;
        this.json = json;
        this.audit = audit;
        this.subjects = subjects;
        this.currentTenant = currentTenant;
        this.clock = clock;
    }

    /**
     * The two side by side, each field with whose value is kept by default: the survivor's, unless it is empty and
     * the other's is not.
     *
     * @throws RecordNotFoundException when either is not a candidate of the firm
     * @throws InvalidInputException when the two cannot be merged (the same, anonymised, merged already, on hold)
     */
    @RequiresRole(Role.RECRUITER)
    public MergePreview preview(UUID survivorId, UUID otherId) {
        CandidateDetails survivor = mergeable(survivorId);
        CandidateDetails other = mergeable(otherId);
        refuseUnmergeable(survivor, other);
        Map<UUID, String> owners = ownerNames(survivor, other);
        List<MergePreview.Row> rows = new ArrayList<>();
        for (MergeField field : MergeField.values()) {
            String mine = shown(field, survivor, owners);
            String theirs = shown(field, other, owners);
            MergeSide chosen = mine.isEmpty() && !theirs.isEmpty() ? MergeSide.OTHER : MergeSide.SURVIVOR;
            rows.add(new MergePreview.Row(field, mine, theirs, chosen, mine.equals(theirs)));
        }
        return new MergePreview(survivor, other, rows);
    }

    /**
     * Merges {@code otherId} into {@code survivorId}, in one transaction. Fields not in {@code choices} keep their
     * default of {@link #preview}.
     *
     * @param survivorVersion the survivor's version as the user saw it
     * @param otherVersion the other's version as the user saw it
     * @throws StaleRecordException when either changed since the user saw them; nothing is changed
     * @throws InvalidInputException when they cannot be merged, or the merged values are not a valid candidate
     *     (the messages name the fields); nothing is changed
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public CandidateMerge merge(UUID survivorId, long survivorVersion, UUID otherId, long otherVersion,
            Map<MergeField, MergeSide> choices) {
        MergePreview preview = preview(survivorId, otherId);
        CandidateDetails survivor = preview.survivor();
        CandidateDetails other = preview.other();
        if (survivor.version() != survivorVersion) {
            throw new StaleRecordException("candidate", survivorId);
        }
        if (other.version() != otherVersion) {
            throw new StaleRecordException("candidate", otherId);
        }
        Map<MergeField, MergeSide> chosen = new EnumMap<>(MergeField.class);
        preview.rows().forEach(row -> chosen.put(row.field(), row.chosen()));
        chosen.putAll(choices);
        CandidateDraft merged = merged(survivor, other, chosen);
        Map<String, String> invalid = candidates.validate(merged);
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        UUID tenantId = currentTenant.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("Merging candidates needs a firm"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        List<UUID> movedActivities = activities.moveAll(otherId, survivorId);
        List<UUID> movedDocuments = documents.moveAll(otherId, survivorId);
        MergedApplications movedApplications = applications.mergeCandidates(otherId, survivorId);
        candidates.retire(otherId, survivorId);
        CandidateDetails after = candidates.update(survivorId, survivorVersion, merged);

        // what retire made of the survivor's last activity: the later of the two
        Instant lastActivityAfter = later(survivor.lastActivityAt(), other.lastActivityAt());
        var snapshot = new MergeSnapshot(keepHold(survivor.toDraft()), survivor.lastActivityAt(),
                lastActivityAfter, movedActivities, movedDocuments, movedApplications);
        UUID mergeId = Ids.next();
        UUID by = currentTenant.currentMemberId().orElse(null);
        Instant until = now.plus(properties.unmergePeriod());
        merges.add(tenantId, new CandidateMerges.Stored(mergeId, survivorId, otherId,
                cipher.seal(json.writeValueAsString(snapshot)), after.version(), now, by, until));
        audit.record(AuditAction.CANDIDATES_MERGED, subjects.candidate(survivorId), String.format(Locale.UK,
                "Kept, with %s merged into it: %d activities, %d documents, %d applications moved, %d dropped as the"
                        + " same job", subjects.candidate(otherId), movedActivities.size(), movedDocuments.size(),
                movedApplications.moved().size(), movedApplications.dropped().size()));
        return new CandidateMerge(mergeId, survivorId, after.fullName(), otherId, other.fullName(), now, by, until);
    }

    /**
     * Undoes a merge: both candidates as they were, each with their own activities, applications (the dropped one
     * back on its board), stage history and documents. What was added to the survivor since the merge stays theirs.
     *
     * @throws RecordNotFoundException when there is no such open merge in the firm (undone, final, or another firm's)
     * @throws InvalidInputException when the period to undo it is over, or the survivor changed since in a way a
     *     restore would overwrite (the message lists why); nothing is changed
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public void unmerge(UUID mergeId) {
        CandidateMerges.Stored merge = merges.find(mergeId)
                .orElseThrow(() -> new RecordNotFoundException("merge", mergeId));
        Instant now = clock.instant();
        if (!now.isBefore(merge.unmergeUntil())) {
            throw InvalidInputException.of("merge", "Merges can be undone for " + describe(properties)
                    + ": this one was made on " + day(merge.mergedAt()) + ", so it is final now");
        }
        CandidateDetails survivor = candidates.get(merge.survivorId());
        CandidateDetails retired = candidates.get(merge.retiredId());
        List<String> problems = new ArrayList<>();
        if (survivor.anonymised()) {
            problems.add(survivor.fullName() + " was anonymised since the merge");
        } else if (survivor.version() != merge.survivorVersionAfter()) {
            problems.add(survivor.fullName() + "'s details were edited since the merge (on "
                    + day(survivor.updatedAt()) + "); undoing it would overwrite that edit");
        }
        if (merges.keptSince(merge.survivorId(), merge.mergedAt())) {
            problems.add(survivor.fullName() + " absorbed another candidate since: unmerge that one first");
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("merge", "Cannot unmerge " + survivor.fullName() + " and "
                    + retired.fullName() + ": " + String.join("; ", problems));
        }
        MergeSnapshot snapshot = json.readValue(cipher.open(merge.snapshot(),
                new FieldRef("candidate merge", mergeId, "snapshot")), MergeSnapshot.class);

        applications.unmergeCandidates(merge.retiredId(), merge.survivorId(), snapshot.applications());
        activities.moveBack(snapshot.activities(), merge.survivorId(), merge.retiredId());
        documents.moveBack(snapshot.documents(), merge.survivorId(), merge.retiredId());
        // an activity logged on the survivor since moved their last activity on: that one stays
        Instant lastActivity = Objects.equals(survivor.lastActivityAt(), snapshot.survivorLastActivityAfter())
                ? snapshot.survivorLastActivityBefore() : survivor.lastActivityAt();
        candidates.reinstate(merge.retiredId(), merge.survivorId(), lastActivity);
        candidates.update(merge.survivorId(), merge.survivorVersionAfter(), snapshot.survivorBefore());
        merges.delete(mergeId);
        audit.record(AuditAction.CANDIDATES_UNMERGED, subjects.candidate(merge.survivorId()),
                "Separated again from " + subjects.candidate(merge.retiredId()) + ", merged on "
                        + day(merge.mergedAt()));
    }

    /** The open merges the candidate was kept or merged away in, newest first: what their page offers to undo. */
    @RequiresRole(Role.RECRUITER)
    public List<CandidateMerge> mergesOf(UUID candidateId) {
        return merges.of(candidateId).stream().map(this::toMerge).toList();
    }

    /**
     * Makes the firm's merges whose period is over final: the retired candidates are deleted for good, with their
     * snapshots. For the daily sweep, as the firm; at most {@code limit} at a time.
     *
     * @return how many merges were made final
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public int sweepFinal(int limit) {
        List<CandidateMerges.Stored> expired = merges.expired(clock.instant(), limit);
        for (CandidateMerges.Stored merge : expired) {
            merges.delete(merge.id());
            candidates.deleteRetired(merge.retiredId());
        }
        return expired.size();
    }

    /** How long a merge can be undone. */
    public java.time.Duration unmergePeriod() {
        return properties.unmergePeriod();
    }

    private CandidateMerge toMerge(CandidateMerges.Stored merge) {
        return new CandidateMerge(merge.id(), merge.survivorId(), candidates.get(merge.survivorId()).fullName(),
                merge.retiredId(), candidates.get(merge.retiredId()).fullName(), merge.mergedAt(), merge.mergedBy(),
                merge.unmergeUntil());
    }

    private CandidateDetails mergeable(UUID id) {
        CandidateDetails candidate = candidates.get(id);
        if (candidates.retired(id)) {
            throw InvalidInputException.of("candidate", candidate.fullName() + " was merged into another candidate"
                    + " already");
        }
        if (candidate.anonymised()) {
            throw InvalidInputException.of("candidate", "An anonymised candidate names no one and cannot be merged");
        }
        return candidate;
    }

    private void refuseUnmergeable(CandidateDetails survivor, CandidateDetails other) {
        if (survivor.id().equals(other.id())) {
            throw InvalidInputException.of("candidate", "A candidate cannot be merged with themselves");
        }
        if (other.onLegalHold()) {
            throw InvalidInputException.of("candidate", other.fullName() + " is on legal hold: keep them rather than"
                    + " merging them away, or ask an admin to lift the hold");
        }
        if (merges.keptSince(other.id(), null)) {
            throw InvalidInputException.of("candidate", other.fullName() + " was kept in a merge that can still be"
                    + " undone: keep them rather than merging them away");
        }
    }

    private Map<UUID, String> ownerNames(CandidateDetails survivor, CandidateDetails other) {
        List<UUID> ids = java.util.stream.Stream.of(survivor.ownerId(), other.ownerId()).filter(Objects::nonNull)
                .distinct().toList();
        return organizations.members(ids).values().stream()
                .collect(Collectors.toMap(MemberSummary::id, MemberSummary::displayName));
    }

    /** What the field holds, as the side-by-side view shows it: empty when nothing. */
    static String shown(MergeField field, CandidateDetails c, Map<UUID, String> owners) {
        return switch (field) {
            case FIRST_NAME -> text(c.firstName());
            case LAST_NAME -> text(c.lastName());
            case EMAILS -> String.join(", ", c.emails());
            case PHONES -> String.join(", ", c.phones());
            case ADDRESS -> text(c.address());
            case LINKEDIN_URL -> text(c.linkedinUrl());
            case LOCATION -> text(c.location());
            case CURRENT_TITLE -> text(c.currentTitle());
            case CURRENT_COMPANY -> text(c.currentCompany());
            case SKILLS -> String.join(", ", c.skills());
            case YEARS_OF_EXPERIENCE -> c.yearsOfExperience() == null ? "" : c.yearsOfExperience().toString();
            case WORK_HISTORY -> c.workHistory().stream().map(role -> role.title()
                    + (role.company() == null ? "" : " at " + role.company())).collect(Collectors.joining("; "));
            case EDUCATION -> c.education().stream().map(school -> school.institution()
                    + (school.qualification() == null ? "" : ", " + school.qualification()))
                    .collect(Collectors.joining("; "));
            case SOURCE -> text(c.source());
            case OWNER -> c.ownerId() == null ? "" : owners.getOrDefault(c.ownerId(), "A former member");
            case TAGS -> String.join(", ", c.tags());
            case CONSENT -> c.lawfulBasis() == null ? "" : String.join(" · ", java.util.stream.Stream.of(
                    c.lawfulBasis().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    c.consentGivenOn() == null ? null : "given " + c.consentGivenOn(),
                    c.consentMethod() == null ? null : c.consentMethod().label(),
                    c.consentExpiresOn() == null ? null : "expires " + c.consentExpiresOn(),
                    c.consentNote()).filter(Objects::nonNull).toList());
        };
    }

    /** The survivor's draft with each field taken from the side chosen; the survivor's legal hold stays. */
    static CandidateDraft merged(CandidateDetails survivor, CandidateDetails other, Map<MergeField, MergeSide> sides) {
        Function<MergeField, CandidateDetails> from = field -> sides.getOrDefault(field, MergeSide.SURVIVOR)
                == MergeSide.OTHER ? other : survivor;
        CandidateDetails consent = from.apply(MergeField.CONSENT);
        return CandidateDraft.builder()
                .firstName(from.apply(MergeField.FIRST_NAME).firstName())
                .lastName(from.apply(MergeField.LAST_NAME).lastName())
                .emails(from.apply(MergeField.EMAILS).emails())
                .phones(from.apply(MergeField.PHONES).phones())
                .address(from.apply(MergeField.ADDRESS).address())
                .linkedinUrl(from.apply(MergeField.LINKEDIN_URL).linkedinUrl())
                .location(from.apply(MergeField.LOCATION).location())
                .currentTitle(from.apply(MergeField.CURRENT_TITLE).currentTitle())
                .currentCompany(from.apply(MergeField.CURRENT_COMPANY).currentCompany())
                .skills(from.apply(MergeField.SKILLS).skills())
                .yearsOfExperience(from.apply(MergeField.YEARS_OF_EXPERIENCE).yearsOfExperience())
                .workHistory(from.apply(MergeField.WORK_HISTORY).workHistory())
                .education(from.apply(MergeField.EDUCATION).education())
                .source(from.apply(MergeField.SOURCE).source())
                .ownerId(from.apply(MergeField.OWNER).ownerId())
                .tags(from.apply(MergeField.TAGS).tags())
                .lawfulBasis(consent.lawfulBasis())
                .consentGivenOn(consent.consentGivenOn())
                .consentNote(consent.consentNote())
                .consentMethod(consent.consentMethod())
                .consentExpiresOn(consent.consentExpiresOn())
                .build();
    }

    /** A draft that leaves the legal hold as it is when saved (holds are an admin's, and a merge keeps them). */
    private static CandidateDraft keepHold(CandidateDraft draft) {
        return draft.toBuilder().legalHold(null).legalHoldReason(null).build();
    }

    private static Instant later(Instant one, Instant other) {
        return one == null ? other : other == null || one.isAfter(other) ? one : other;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String day(Instant at) {
        ZoneId zone = organizations.timeZone();
        return DAY.format(at.atZone(zone));
    }

    private static String describe(MergeProperties properties) {
        long days = properties.unmergePeriod().toDays();
        return days >= 1 ? days + (days == 1 ? " day" : " days") : properties.unmergePeriod().toHours() + " hours";
    }
}
