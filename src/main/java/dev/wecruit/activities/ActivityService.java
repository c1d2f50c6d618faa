package dev.wecruit.activities;

import dev.wecruit.activities.internal.Activity;
import dev.wecruit.activities.internal.ActivityRepository;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.platform.validation.InputValidator;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs activities and reads timelines. An activity about a candidate moves the candidate's last activity forward;
 * one about a contact also lands on the contact's company's timeline. Every method acts on the current firm only.
 */
@Service
@Transactional(readOnly = true)
public class ActivityService {

    /** Clocks disagree a little; an activity further in the future than this is a typo. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final ActivityRepository activities;
    private final CandidateService candidates;
    private final JobService jobs;
    private final CompanyService companies;
    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final InputValidator validator;
    private final Clock clock;

    ActivityService(ActivityRepository activities, CandidateService candidates, JobService jobs,
            CompanyService companies, OrganizationService organizations, CurrentTenant currentTenant,
            InputValidator validator, Optional<Clock> clock) {
        this.activities = activities;
        this.candidates = candidates;
        this.jobs = jobs;
        this.companies = companies;
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.validator = validator;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Logs a note, call, email or meeting by the signed-in member.
     *
     * @throws InvalidInputException with a message per field; nothing is saved
     */
    @Transactional
    public ActivityEntry log(ActivityDraft draft) {
        if (draft.type() != null && !draft.type().isLoggedByUsers()) {
            throw InvalidInputException.of("type", "Only notes, calls, emails and meetings can be logged");
        }
        return save(draft, currentTenant.currentMemberId().orElse(null));
    }

    /**
     * Records an activity on behalf of another feature or of system work, of any type (stage changes, imports).
     *
     * @param actorId the member who did it; null for the system
     * @throws InvalidInputException with a message per field; nothing is saved
     */
    @Transactional
    public ActivityEntry record(ActivityDraft draft, UUID actorId) {
        if (actorId != null && !organizations.isActiveMember(actorId)) {
            throw InvalidInputException.of("actorId", "Not an active member of your firm");
        }
        return save(draft, actorId);
    }

    /** A page of a record's timeline, newest first, of the given types (all when empty). */
    public Page<ActivityEntry> timeline(TimelineOf of, Collection<ActivityType> types, int page, int size) {
        Collection<ActivityType> wanted = types.isEmpty() ? EnumSet.allOf(ActivityType.class) : types;
        PageRequest request = PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        Page<Activity> found = switch (of.kind()) {
            case CANDIDATE -> activities.findByCandidateIdAndTypeIn(of.id(), wanted, request);
            case JOB -> activities.findByJobIdAndTypeIn(of.id(), wanted, request);
            case COMPANY -> activities.findByCompanyIdAndTypeIn(of.id(), wanted, request);
            case CONTACT -> activities.findByContactIdAndTypeIn(of.id(), wanted, request);
        };
        return found.map(Activity::toEntry);
    }

    private ActivityEntry save(ActivityDraft draft, UUID actorId) {
        FieldErrors errors = validator.check(draft);
        Instant now = Instant.now(clock);
        Instant occurredAt = draft.occurredAt() != null ? draft.occurredAt() : now;
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.reject("occurredAt", "Cannot be in the future");
        }
        if (draft.candidateId() == null && draft.jobId() == null && draft.companyId() == null
                && draft.contactId() == null) {
            errors.reject("candidateId", "Choose at least one candidate, job, company or contact");
        }
        if (draft.candidateId() != null && !candidates.exists(draft.candidateId())) {
            errors.reject("candidateId", "No such candidate in your firm");
        }
        if (draft.jobId() != null && !jobs.exists(draft.jobId())) {
            errors.reject("jobId", "No such job in your firm");
        }
        if (draft.companyId() != null && !companies.exists(draft.companyId())) {
            errors.reject("companyId", "No such company in your firm");
        }
        UUID companyId = draft.companyId();
        if (draft.contactId() != null) {
            Optional<ContactDetails> contact = companies.findContact(draft.contactId());
            if (contact.isEmpty()) {
                errors.reject("contactId", "No such contact in your firm");
            } else if (companyId == null) {
                companyId = contact.get().companyId();
            }
        }
        if (isBlank(draft.subject()) && isBlank(draft.body())) {
            errors.reject("body", "Write what happened");
        }
        errors.throwIfAny();
        Activity activity = new Activity(draft.type(), strip(draft.subject()), strip(draft.body()), occurredAt,
                actorId, new Activity.Links(draft.candidateId(), draft.jobId(), companyId, draft.contactId()));
        ActivityEntry entry = activities.saveAndFlush(activity).toEntry();
        if (draft.candidateId() != null) {
            candidates.recordActivity(draft.candidateId(), occurredAt);
        }
        return entry;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
