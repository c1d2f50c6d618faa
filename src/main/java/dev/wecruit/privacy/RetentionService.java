package dev.wecruit.privacy;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditSubjects;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateRemoval;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.candidates.InactiveCandidate;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.PipelineStanding;
import dev.wecruit.privacy.internal.RetentionPlanner;
import dev.wecruit.privacy.internal.RetentionPlanner.Notice;
import dev.wecruit.privacy.internal.RetentionPlanner.Plan;
import dev.wecruit.privacy.internal.RetentionStore;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The firm's retention (decision 0027): its rules, the candidates due for anonymisation, admins' extensions and
 * "anonymise now", the dry-run preview, and the run itself, which each day's background work does for each firm.
 * A candidate is kept for the firm's period after their last activity (a shorter one, when the firm sets it, for
 * candidates rejected from every job), and longer while their consent runs, an admin extended them, they are active
 * in an open job's pipeline or on legal hold. When that runs out they show as due for the notice period, then the
 * run anonymises them, one transaction each. Every entry it writes to the audit log names a candidate by a keyed
 * hash of their id, never by name.
 */
@Service
@Transactional(readOnly = true)
public class RetentionService {

    /** How many candidates' standings are asked for at once. */
    private static final int BATCH = 1_000;
    private static final int MAX_REASON = 500;
    private static final int MAX_EXTENSION_YEARS = 10;

    private final RetentionStore store;
    private final OrganizationService organizations;
    private final CandidateService candidates;
    private final CandidateRemoval removal;
    private final ApplicationService applications;
    private final AuditLog audit;
    private final AuditSubjects subjects;
    private final CurrentTenant currentTenant;
    private final Clock clock;
    private final TransactionTemplate eachOnItsOwn;

    RetentionService(RetentionStore store, OrganizationService organizations, CandidateService candidates,
            CandidateRemoval removal, ApplicationService applications, AuditLog audit, AuditSubjects subjects,
            CurrentTenant currentTenant, Clock clock, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.organizations = organizations;
        this.candidates = candidates;
        this.removal = removal;
        this.applications = applications;
        this.audit = audit;
        this.subjects = subjects;
        this.currentTenant = currentTenant;
        this.clock = clock;
        this.eachOnItsOwn = new TransactionTemplate(transactionManager);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The firm's rules: its retention period (from the firm settings) and the rest. */
    @RequiresRole(Role.ADMIN)
    public RetentionRules rules() {
        FirmProfile profile = organizations.profile();
        return store.rules()
                .map(rules -> new RetentionRules(profile.retentionMonths(), rules.rejectedMonths(), rules.noticeDays()))
                .orElse(new RetentionRules(profile.retentionMonths(), null, RetentionRules.DEFAULT_NOTICE_DAYS));
    }

    /**
     * Changes the shorter period for candidates rejected from every job (null: none) and the notice period; the
     * firm's period is changed in the firm settings. Audited. The next run applies them.
     *
     * @throws InvalidInputException with a message per field; nothing changes
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public RetentionRules changeRules(Integer rejectedMonths, int noticeDays) {
        RetentionRules before = rules();
        FieldErrors errors = new FieldErrors();
        if (rejectedMonths != null && (rejectedMonths < FirmProfile.MIN_RETENTION_MONTHS
                || rejectedMonths > before.retentionMonths())) {
            errors.reject("rejectedMonths", "Between " + FirmProfile.MIN_RETENTION_MONTHS + " and the firm's period ("
                    + before.retentionMonths() + " months), or none");
        }
        if (noticeDays < 0 || noticeDays > RetentionRules.MAX_NOTICE_DAYS) {
            errors.reject("noticeDays", "Between 0 and " + RetentionRules.MAX_NOTICE_DAYS + " days");
        }
        errors.throwIfAny();
        store.saveRules(tenantId(), rejectedMonths, noticeDays, clock.instant(),
                currentTenant.currentMemberId().orElse(null));
        RetentionRules after = rules();
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.rejectedMonths(), after.rejectedMonths())) {
            changes.add("rejected from every job " + months(before.rejectedMonths()) + " → "
                    + months(after.rejectedMonths()));
        }
        if (before.noticeDays() != after.noticeDays()) {
            changes.add("notice " + before.noticeDays() + " → " + after.noticeDays() + " days");
        }
        if (!changes.isEmpty()) {
            audit.record(AuditAction.SETTINGS_CHANGED, "Retention rules", String.join("; ", changes));
        }
        return after;
    }

    /** How many candidates are due, and how many of those the next run anonymises. */
    @RequiresRole(Role.ADMIN)
    public DueCounts dueCounts() {
        return new DueCounts(store.noticeCount(), store.noticesDueBy(nextRunDay()));
    }

    /** The due candidates, soonest first, with their names (they are still people until the run). */
    @RequiresRole(Role.ADMIN)
    public List<DueCandidate> due(int offset, int limit) {
        return describe(store.notices(Math.max(0, offset), Math.clamp(limit, 1, 500)));
    }

    /** The last run's day and counts, if the firm has had one. */
    @RequiresRole(Role.ADMIN)
    public Optional<RetentionRunReport> lastRun() {
        return store.lastRun();
    }

    /** What the next run will do, worked out as it would be, writing nothing. */
    @RequiresRole(Role.ADMIN)
    public RetentionPreview preview() {
        LocalDate day = nextRunDay();
        Map<UUID, Notice> given = store.notices();
        Plan plan = plan(day, given);
        return new RetentionPreview(day, describe(plan.anonymise()), describe(plan.newNotices(given)),
                List.copyOf(plan.withdraw()));
    }

    /**
     * Keeps a candidate until a day, whatever the rules say, for a reason; withdraws their notice. Audited.
     *
     * @throws InvalidInputException without a reason, or for a day not in the future (at most ten years)
     * @throws RecordNotFoundException also for another firm's candidate
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public void extend(UUID candidateId, LocalDate until, String reason) {
        LocalDate today = today();
        String why = reason == null ? "" : reason.strip();
        FieldErrors errors = new FieldErrors();
        if (until == null || !until.isAfter(today)) {
            errors.reject("until", "A day after today");
        } else if (until.isAfter(today.plusYears(MAX_EXTENSION_YEARS))) {
            errors.reject("until", "At most " + MAX_EXTENSION_YEARS + " years from today");
        }
        if (why.isEmpty()) {
            errors.reject("reason", "Say why this candidate is kept longer");
        } else if (why.length() > MAX_REASON) {
            errors.reject("reason", "At most " + MAX_REASON + " characters");
        }
        errors.throwIfAny();
        requireCandidate(candidateId);
        store.extend(tenantId(), candidateId, until, why, currentTenant.currentMemberId().orElse(null),
                clock.instant());
        store.withdraw(List.of(candidateId));
        // the reason is the admin's words about the person: it stays with the candidate, not in the log
        audit.record(AuditAction.RETENTION_EXTENDED, subjects.candidate(candidateId), "Kept until " + until);
    }

    /** Whether the candidate is due, and until when an admin kept them, for their page. */
    @RequiresRole(Role.ADMIN)
    public CandidateRetention of(UUID candidateId) {
        Optional<Notice> notice = store.notice(candidateId);
        Optional<RetentionStore.Extension> extension = store.extension(candidateId);
        return new CandidateRetention(notice.map(Notice::dueOn).orElse(null), notice.map(Notice::rule).orElse(null),
                extension.map(RetentionStore.Extension::until).orElse(null),
                extension.map(RetentionStore.Extension::reason).orElse(null));
    }

    /**
     * Anonymises a candidate now, as the run would. Audited.
     *
     * @return false when they were anonymised already
     * @throws InvalidInputException when they are on legal hold; nothing changes
     * @throws RecordNotFoundException also for another firm's candidate
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public boolean anonymiseNow(UUID candidateId) {
        CandidateDetails candidate = candidates.get(candidateId);
        if (candidate.onLegalHold()) {
            throw InvalidInputException.of("candidateId", "On legal hold: " + candidate.legalHold().reason()
                    + ". Lift the hold before anonymising them.");
        }
        boolean done = removal.anonymise(candidateId);
        if (done) {
            store.withdraw(List.of(candidateId));
            audit.record(AuditAction.CANDIDATE_ANONYMISED, subjects.candidate(candidateId), "By an admin");
        }
        return done;
    }

    /**
     * The firm's run for a day: withdraws the notices of candidates no longer due, notices the newly due, then
     * anonymises those whose notice has run out, each in a transaction of its own, so no record is locked for longer
     * than one candidate takes and a run cut off half-way keeps what it did. Running it again for the same day does
     * only what is left. Last, it deletes the access log older than its period
     * ({@code wecruit.privacy.access-log-retention}).
     *
     * @return the run's counts, this call's work added to any earlier attempt's
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @RequiresRole(Role.ADMIN)
    public RetentionRunReport run(LocalDate day) {
        int[] noticed = new int[1];
        int[] withdrawn = new int[1];
        List<Notice> toAnonymise = eachOnItsOwn.execute(status -> {
            // the day's record, unless the daily run claimed it already
            store.claimRun(tenantId(), day, clock.instant());
            Map<UUID, Notice> given = store.notices();
            Plan plan = plan(day, given);
            withdrawn[0] = store.withdraw(plan.withdraw());
            noticed[0] = plan.newNotices(given).size();
            store.saveNotices(tenantId(), plan.notices());
            store.count(day, noticed[0], withdrawn[0], 0);
            return plan.anonymise();
        });
        RetentionRules rules = eachOnItsOwn.execute(status -> rules());
        ZoneId zone = organizations.timeZone();
        for (Notice notice : toAnonymise) {
            eachOnItsOwn.executeWithoutResult(status -> {
                // the rule is applied again under the candidate's lock: an activity, extension or hold since the plan
                // wins
                if (stillDue(day, zone, rules, notice.candidateId()) && removal.anonymise(notice.candidateId())) {
                    store.withdraw(List.of(notice.candidateId()));
                    store.count(day, 0, 0, 1);
                    audit.record(AuditAction.CANDIDATE_ANONYMISED, subjects.candidate(notice.candidateId()),
                            "By retention: " + notice.rule().label().toLowerCase(Locale.ROOT));
                }
            });
        }
        // the access log is personal data of the firm's members: the same run keeps it no longer than its period
        candidates.pruneExpiredAccessLog();
        eachOnItsOwn.executeWithoutResult(status -> store.runFinished(day, clock.instant()));
        return eachOnItsOwn.execute(status -> store.run(day).orElseThrow());
    }

    /** The day of the next run: today's when it has not happened yet, else tomorrow's. */
    LocalDate nextRunDay() {
        LocalDate today = today();
        return store.lastRun().filter(run -> !run.runOn().isBefore(today) && run.finishedAt() != null)
                .map(run -> today.plusDays(1)).orElse(today);
    }

    /** The rule again for one candidate, with their row locked: what changed since the run's plan counts. */
    private boolean stillDue(LocalDate day, ZoneId zone, RetentionRules rules, UUID candidateId) {
        Optional<InactiveCandidate> candidate = removal.lockIfInactive(candidateId);
        Optional<Notice> notice = store.notice(candidateId);
        if (candidate.isEmpty() || notice.isEmpty()) {
            return false;
        }
        Plan plan = RetentionPlanner.plan(day, zone, rules, List.of(candidate.get()),
                applications.standings(List.of(candidateId)),
                store.extension(candidateId).map(kept -> Map.of(candidateId, kept.until())).orElse(Map.of()),
                Map.of(candidateId, notice.get()));
        return !plan.anonymise().isEmpty();
    }

    private Plan plan(LocalDate day, Map<UUID, Notice> given) {
        RetentionRules rules = rules();
        ZoneId zone = organizations.timeZone();
        List<InactiveCandidate> inactive = removal.inactiveSince(RetentionPlanner.inactiveBefore(day, zone, rules));
        Map<UUID, PipelineStanding> standings = new HashMap<>();
        for (int from = 0; from < inactive.size(); from += BATCH) {
            standings.putAll(applications.standings(inactive.subList(from, Math.min(inactive.size(), from + BATCH))
                    .stream().map(InactiveCandidate::id).toList()));
        }
        return RetentionPlanner.plan(day, zone, rules, inactive, standings, store.extensions(), given);
    }

    private List<DueCandidate> describe(Collection<Notice> notices) {
        Map<UUID, CandidateSummary> summaries = candidates.summaries(notices.stream().map(Notice::candidateId)
                .toList());
        return notices.stream().filter(notice -> summaries.containsKey(notice.candidateId()))
                .map(notice -> {
                    CandidateSummary summary = summaries.get(notice.candidateId());
                    return new DueCandidate(notice.candidateId(), summary.fullName(), summary.lastActivityAt(),
                            notice.noticedOn(), notice.dueOn(), notice.rule());
                }).toList();
    }

    private void requireCandidate(UUID candidateId) {
        if (!candidates.exists(candidateId)) {
            throw new RecordNotFoundException("candidate", candidateId);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(organizations.timeZone()));
    }

    private UUID tenantId() {
        return currentTenant.currentTenantId().orElseThrow(() -> new IllegalStateException("Retention needs a firm"));
    }

    private static String months(Integer months) {
        return months == null ? "none" : months + " months";
    }
}
