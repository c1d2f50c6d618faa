package dev.wecruit.activities;

import dev.wecruit.activities.internal.Activity;
import dev.wecruit.activities.internal.ActivityRepository;
import dev.wecruit.activities.internal.ActivitySeries;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.JobService;
import dev.wecruit.platform.persistence.FilterSpecifications;
import dev.wecruit.platform.validation.InputValidator;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordFilter;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
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
    private final ActivitySeries series;
    private final CandidateService candidates;
    private final JobService jobs;
    private final CompanyService companies;
    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final InputValidator validator;
    private final Clock clock;

    ActivityService(ActivityRepository activities, ActivitySeries series, CandidateService candidates, JobService jobs,
            CompanyService companies, OrganizationService organizations, CurrentTenant currentTenant,
            InputValidator validator, Clock clock) {
        this.activities = activities;
        this.series = series;
        this.candidates = candidates;
        this.jobs = jobs;
        this.companies = companies;
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Logs a note, call, email or meeting by the signed-in member.
     *
     * @throws InvalidInputException with a message per field; nothing is saved
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
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
    @RequiresRole(Role.RECRUITER)
    public ActivityEntry record(ActivityDraft draft, UUID actorId) {
        if (actorId != null && !organizations.isActiveMember(actorId)) {
            throw InvalidInputException.of("actorId", "Not an active member of your firm");
        }
        return save(draft, actorId);
    }

    /**
     * Moves every activity about one candidate to another, for a merge (decision 0037): the timeline of the one kept
     * then holds both. Links to jobs, companies and contacts stay as they are.
     *
     * @return the ids of the activities moved, for {@link #moveBack}
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public List<UUID> moveAll(UUID fromCandidateId, UUID toCandidateId) {
        List<UUID> ids = activities.idsOfCandidate(fromCandidateId);
        if (!ids.isEmpty()) {
            activities.moveToCandidate(ids.toArray(UUID[]::new), fromCandidateId, toCandidateId);
        }
        return ids;
    }

    /**
     * Moves activities a merge moved back to the candidate they were about; one removed since is left out.
     *
     * @return how many moved back
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public int moveBack(Collection<UUID> activityIds, UUID fromCandidateId, UUID toCandidateId) {
        return activityIds.isEmpty() ? 0
                : activities.moveToCandidate(activityIds.toArray(UUID[]::new), fromCandidateId, toCandidateId);
    }

    /**
     * How many activities the firm has, its own entries included, on the days {@code [from, until)} in the firm's
     * time zone.
     */
    public long countOnDays(LocalDate from, LocalDate until) {
        return series.countOfFirm(from, until);
    }

    /**
     * The firm's activities done by members on the days {@code [from, until)} in the firm's time zone, counted per
     * week (starting Monday), member and type; TimescaleDB's {@code time_bucket} when it is there, {@code date_trunc}
     * otherwise. The firm's whole series is read from its counts per day (decision 0040).
     *
     * @param jobIds only activities about one of these jobs or, when given, about {@code companyId}; null for all
     */
    public List<ActivityCount> weeklyCounts(LocalDate from, LocalDate until, Collection<UUID> jobIds,
            UUID companyId) {
        if (jobIds == null) {
            return series.weeklyOfFirm(from, until, series.bucketing());
        }
        ZoneId zone = organizations.timeZone();
        return series.weekly(from.atStartOfDay(zone).toInstant(), until.atStartOfDay(zone).toInstant(), zone, jobIds,
                companyId, series.bucketing());
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

    /**
     * A window of the activities that pass the filter, in the order, from a keyset position: what the API pages
     * through. The position's keys are those of the order's field and the id.
     */
    public Window<ActivityEntry> scroll(RecordFilter<ActivityField> filter, RecordFilter.Order<ActivityField> order,
            ScrollPosition position, int limit) {
        return activities.findBy(FilterSpecifications.<Activity, ActivityField>of(filter, ActivityService::attribute),
                query -> query.sortBy(FilterSpecifications.sort(order, ActivityService::attribute)).limit(limit)
                        .scroll(position)).map(Activity::toEntry);
    }

    private static String attribute(ActivityField field) {
        return switch (field) {
            case TYPE -> "type";
            case OCCURRED_AT -> "occurredAt";
            case CANDIDATE -> "candidateId";
            case JOB -> "jobId";
            case COMPANY -> "companyId";
            case CONTACT -> "contactId";
        };
    }

    /** Those of the activities that are the firm's, by id; in one query. */
    public Map<UUID, ActivityEntry> findAll(Collection<UUID> ids) {
        Map<UUID, ActivityEntry> result = new HashMap<>();
        if (!ids.isEmpty()) {
            activities.findAllById(ids).forEach(activity -> result.put(activity.getId(), activity.toEntry()));
        }
        return result;
    }

    /**
     * Records many activities at once, as an import or the demo data does: the same checks as {@link #record}, with
     * a few queries for the whole batch instead of several per activity. All or nothing.
     *
     * @throws InvalidInputException for the first activity refused, its fields prefixed with its index
     *     ({@code [3].candidateId}); nothing is saved
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public int recordAll(List<RecordedActivity> batch) {
        Known known = known(batch.stream().map(RecordedActivity::draft).toList());
        Set<UUID> actors = new HashSet<>();
        for (RecordedActivity each : batch) {
            if (each.actorId() != null && !actors.contains(each.actorId())) {
                if (!organizations.isActiveMember(each.actorId())) {
                    throw InvalidInputException.of("actorId", "Not an active member of your firm");
                }
                actors.add(each.actorId());
            }
        }
        List<Activity> checked = new ArrayList<>();
        Map<UUID, Instant> latestByCandidate = new HashMap<>();
        for (int index = 0; index < batch.size(); index++) {
            RecordedActivity each = batch.get(index);
            try {
                Activity activity = checked(each.draft(), each.actorId(), known);
                checked.add(activity);
                if (each.draft().candidateId() != null) {
                    latestByCandidate.merge(each.draft().candidateId(), activity.getOccurredAt(),
                            (a, b) -> a.isAfter(b) ? a : b);
                }
            } catch (InvalidInputException e) {
                Map<String, String> prefixed = new LinkedHashMap<>();
                int at = index;
                e.fieldErrors().forEach((field, message) -> prefixed.put("[" + at + "]." + field, message));
                throw new InvalidInputException(prefixed);
            }
        }
        activities.saveAllAndFlush(checked);
        candidates.recordActivities(latestByCandidate);
        return checked.size();
    }

    private ActivityEntry save(ActivityDraft draft, UUID actorId) {
        Activity activity = checked(draft, actorId, known(List.of(draft)));
        ActivityEntry entry = activities.saveAndFlush(activity).toEntry();
        if (draft.candidateId() != null) {
            candidates.recordActivity(draft.candidateId(), activity.getOccurredAt());
        }
        return entry;
    }

    /** Which of the records the drafts are about exist in the firm, found with one query per kind. */
    private record Known(Set<UUID> candidates, Set<UUID> jobs, Set<UUID> companies, Map<UUID, UUID> contactCompanies) {
    }

    private Known known(List<ActivityDraft> drafts) {
        return new Known(
                candidates.existing(ids(drafts, ActivityDraft::candidateId)),
                jobs.existing(ids(drafts, ActivityDraft::jobId)),
                companies.existing(ids(drafts, ActivityDraft::companyId)),
                companies.companiesOfContacts(ids(drafts, ActivityDraft::contactId)));
    }

    private static Set<UUID> ids(List<ActivityDraft> drafts, Function<ActivityDraft, UUID> link) {
        return drafts.stream().map(link).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private Activity checked(ActivityDraft draft, UUID actorId, Known known) {
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
        if (draft.candidateId() != null && !known.candidates().contains(draft.candidateId())) {
            errors.reject("candidateId", "No such candidate in your firm");
        }
        if (draft.jobId() != null && !known.jobs().contains(draft.jobId())) {
            errors.reject("jobId", "No such job in your firm");
        }
        if (draft.companyId() != null && !known.companies().contains(draft.companyId())) {
            errors.reject("companyId", "No such company in your firm");
        }
        UUID companyId = draft.companyId();
        if (draft.contactId() != null) {
            UUID contactCompany = known.contactCompanies().get(draft.contactId());
            if (contactCompany == null) {
                errors.reject("contactId", "No such contact in your firm");
            } else if (companyId == null) {
                companyId = contactCompany;
            } else if (!companyId.equals(contactCompany)) {
                errors.reject("contactId", "This contact works at another company");
            }
        }
        if (isBlank(draft.subject()) && isBlank(draft.body())) {
            errors.reject("body", "Write what happened");
        }
        errors.throwIfAny();
        return new Activity(draft.type(), strip(draft.subject()), strip(draft.body()), occurredAt, actorId,
                new Activity.Links(draft.candidateId(), draft.jobId(), companyId, draft.contactId()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
