package dev.wecruit.jobs;

import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.internal.Job;
import dev.wecruit.jobs.internal.JobRepository;
import dev.wecruit.jobs.internal.JobStage;
import dev.wecruit.jobs.internal.JobStageRepository;
import dev.wecruit.platform.persistence.FilterSpecifications;
import dev.wecruit.platform.persistence.Records;
import dev.wecruit.platform.spreadsheets.ListExported;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.platform.spreadsheets.SheetWriter;
import dev.wecruit.platform.validation.InputValidator;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.LikePattern;
import dev.wecruit.shared.RecordFilter;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import jakarta.persistence.criteria.Predicate;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's jobs (mandates). A new job gets its own copy of the firm's stage template ({@link StageService}); the
 * pipeline's lock is {@link PipelineLock}. Every method acts on the current firm only.
 */
@Service
@Transactional(readOnly = true)
public class JobService {

    /** The columns of an export that the job list shows, in its order. */
    public static final List<String> EXPORT_COLUMNS = List.of("Title", "Company", "Status", "Owner", "Location",
            "Opened");
    /** Rows an export reads at a time. */
    static final int EXPORT_PAGE = 500;

    private final JobRepository jobs;
    private final JobStageRepository stages;
    private final StageService stageService;
    private final CompanyService companies;
    private final OrganizationService organizations;
    private final InputValidator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JobService(JobRepository jobs, JobStageRepository stages, StageService stageService, CompanyService companies,
            OrganizationService organizations, InputValidator validator, Clock clock,
            ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.stages = stages;
        this.stageService = stageService;
        this.companies = companies;
        this.organizations = organizations;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates a job with its own copy of the firm's stage template.
     *
     * @throws InvalidInputException with a message per field; nothing is saved
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public JobDetails create(JobDraft draft) {
        Job job = jobs.saveAndFlush(new Job(checked(draft, null)));
        List<StageDefinition> template = stageService.stageTemplate();
        List<JobStage> copies = new ArrayList<>();
        for (int position = 0; position < template.size(); position++) {
            StageDefinition stage = template.get(position);
            copies.add(new JobStage(job.getId(), stage.name(), position, stage.kind()));
        }
        stages.saveAllAndFlush(copies);
        events.publishEvent(new JobChanged(job.getTenantId(), job.getId()));
        return job.toDetails(copies.stream().map(JobStage::toStage).toList());
    }

    /**
     * @param expectedVersion the version the user edited
     * @throws dev.wecruit.platform.persistence.StaleRecordException if someone else changed it in between
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public JobDetails update(UUID id, long expectedVersion, JobDraft draft) {
        Job job = jobs.findById(id).orElseThrow(() -> new RecordNotFoundException("job", id));
        job.checkVersion(expectedVersion);
        job.change(checked(draft, job.getOwnerId()));
        Job saved = Records.saveChanges(jobs, job);
        events.publishEvent(new JobChanged(saved.getTenantId(), saved.getId()));
        return saved.toDetails(stageService.stagesOf(id));
    }

    /**
     * The messages {@link #create} (no id) or {@link #update} (the job's id) would refuse the draft with, by field;
     * empty when it would be saved. Saves nothing: what an import checks its rows with.
     */
    public Map<String, String> validate(UUID id, JobDraft draft) {
        try {
            checked(draft, id == null ? null : jobs.findById(id).map(Job::getOwnerId).orElse(null));
            return Map.of();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
    }

    /**
     * Removes a job an import created (its undo), only while it is as the import left it: at that version, with no
     * candidate in its pipeline and no activity.
     *
     * @return whether it was removed; false when it changed or is in use since (or is gone)
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public boolean removeImported(UUID id, long expectedVersion) {
        Job job = jobs.findById(id).orElse(null);
        if (job == null || job.getVersion() != expectedVersion || jobs.isReferenced(id)) {
            return false;
        }
        // its stages and matching's profile of it go with it (the database cascades)
        jobs.delete(job);
        jobs.flush();
        return true;
    }

    /** The ids of the firm's jobs in these statuses (all of them when none is given). */
    public List<UUID> idsWithStatus(Collection<JobStatus> statuses) {
        return jobs.findIdsByStatusIn(statuses.isEmpty() ? EnumSet.allOf(JobStatus.class) : statuses);
    }

    public Optional<JobDetails> find(UUID id) {
        return jobs.findById(id).map(job -> job.toDetails(stageService.stagesOf(id)));
    }

    /** @throws RecordNotFoundException also for another firm's job */
    public JobDetails get(UUID id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("job", id));
    }

    public boolean exists(UUID id) {
        return id != null && jobs.existsById(id);
    }

    /** How many jobs have any of the statuses (all when empty). */
    public long count(Collection<JobStatus> statuses) {
        return jobs.countByStatusIn(statuses.isEmpty() ? EnumSet.allOf(JobStatus.class) : statuses);
    }

    /** Which of the ids are jobs of the firm. */
    public Set<UUID> existing(Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(jobs.findExistingIds(ids));
    }

    /** Jobs with any of the statuses, most recently opened first. */
    public List<JobDetails> list(Collection<JobStatus> statuses) {
        List<Job> found = jobs.findByStatusInOrderByOpenedOnDesc(
                statuses.isEmpty() ? EnumSet.allOf(JobStatus.class) : statuses);
        return withStages(found);
    }

    /**
     * Jobs whose title or client's name contains the text (any case), with any of the statuses (all when empty) and,
     * when given, this owner; a page at a time.
     */
    public Page<JobDetails> search(String text, Collection<JobStatus> statuses, UUID ownerId, Pageable pageable) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<UUID> clients = typed.isEmpty() ? List.of() : companies.idsNamedLike(typed);
        Collection<JobStatus> anyStatus = statuses.isEmpty() ? EnumSet.allOf(JobStatus.class) : statuses;
        Specification<Job> matching = (job, query, where) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(job.get("status").in(anyStatus));
            if (ownerId != null) {
                conditions.add(where.equal(job.get("ownerId"), ownerId));
            }
            if (!typed.isEmpty()) {
                Predicate title = where.like(where.lower(job.get("title")), LikePattern.containing(typed), '\\');
                conditions.add(clients.isEmpty() ? title : where.or(title, job.get("companyId").in(clients)));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
        Page<Job> found = jobs.findAll(matching, pageable);
        return new PageImpl<>(withStages(found.getContent()), pageable, found.getTotalElements());
    }

    /**
     * Writes the jobs the list shows ({@link #search}: text, statuses, owner), in its order, to a spreadsheet: the
     * list's columns, then the chosen extras, a page at a time. An export naming hiring managers is in the audit log
     * ({@link ListExported}), in this transaction.
     *
     * @param sort the list's order; the id is added to make it total
     * @param zone the reader's zone, in which instants become days
     * @return how many jobs were written
     */
    @Transactional
    public int export(String text, Collection<JobStatus> statuses, UUID ownerId, Sort sort, Set<JobExportField> extras,
            SheetFormat format, OutputStream out, ZoneId zone) {
        List<JobExportField> chosen = Arrays.stream(JobExportField.values()).filter(extras::contains).toList();
        List<String> header = new ArrayList<>(EXPORT_COLUMNS);
        chosen.forEach(field -> header.add(field.header()));
        Map<UUID, String> owners = organizations.memberNames();
        Sort total = sort.and(Sort.by("id"));
        boolean managers = chosen.contains(JobExportField.HIRING_MANAGER);
        int rows;
        try (SheetWriter writer = SheetWriter.open(format, out, "Jobs", header)) {
            Page<JobDetails> page;
            int number = 0;
            do {
                page = search(text, statuses, ownerId, PageRequest.of(number++, EXPORT_PAGE, total));
                Map<UUID, String> clients = companies.names(page.getContent().stream().map(JobDetails::companyId)
                        .collect(Collectors.toSet()));
                Map<UUID, String> managerNames = new HashMap<>();
                if (managers) {
                    companies.findContacts(page.getContent().stream().map(JobDetails::hiringManagerId)
                            .filter(Objects::nonNull).collect(Collectors.toSet()))
                            .forEach((id, contact) -> managerNames.put(id, contact.fullName()));
                }
                for (JobDetails job : page) {
                    List<Object> cells = new ArrayList<>(header.size());
                    cells.add(job.title());
                    cells.add(clients.get(job.companyId()));
                    cells.add(words(job.status()));
                    cells.add(job.ownerId() == null ? null : owners.get(job.ownerId()));
                    cells.add(job.location());
                    cells.add(job.openedOn());
                    for (JobExportField field : chosen) {
                        cells.add(switch (field) {
                            case SENIORITY -> job.seniority() == null ? null : words(job.seniority());
                            case REMOTE -> job.remotePolicy() == null ? null : words(job.remotePolicy());
                            case SALARY -> salary(job);
                            case FEE -> fee(job.fee());
                            case MUST_HAVE -> String.join(", ", job.skills());
                            case CLOSED -> job.closedOn();
                            case HIRING_MANAGER -> job.hiringManagerId() == null ? null
                                    : managerNames.get(job.hiringManagerId());
                            case UPDATED -> LocalDate.ofInstant(job.updatedAt(), zone);
                        });
                    }
                    writer.row(cells);
                }
            } while (page.hasNext());
            rows = writer.rowCount();
        }
        events.publishEvent(new ListExported("Jobs", format, rows, header,
                chosen.stream().anyMatch(JobExportField::personalData)));
        return rows;
    }

    private static String words(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String salary(JobDetails job) {
        if (job.salaryMin() == null && job.salaryMax() == null) {
            return null;
        }
        String range = job.salaryMin() == null ? "up to " + job.salaryMax().toPlainString()
                : job.salaryMax() == null ? "from " + job.salaryMin().toPlainString()
                : job.salaryMin().toPlainString() + "–" + job.salaryMax().toPlainString();
        return job.salaryCurrency() == null ? range : range + " " + job.salaryCurrency();
    }

    private static String fee(FeeTerms fee) {
        if (fee == null || fee.type() == null) {
            return null;
        }
        return fee.type() == FeeTerms.Type.PERCENTAGE
                ? (fee.percentage() == null ? null : fee.percentage().stripTrailingZeros().toPlainString() + " %")
                : (fee.amount() == null ? null : fee.amount().toPlainString()
                        + (fee.currency() == null ? "" : " " + fee.currency()));
    }

    /** The firm's jobs among these ids, with their stages, in a couple of queries whatever their number. */
    public List<JobDetails> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withStages(jobs.findAllById(ids));
    }

    /** Those of the jobs that are the firm's, by id, without their stages; in one query. */
    public Map<UUID, JobSummary> summaries(Collection<UUID> ids) {
        Map<UUID, JobSummary> result = new HashMap<>();
        if (!ids.isEmpty()) {
            jobs.findAllById(ids).forEach(job -> result.put(job.getId(), job.toSummary()));
        }
        return result;
    }

    /** The jobs of each of the companies, most recently opened first, without their stages; in one query. */
    public Map<UUID, List<JobSummary>> jobsOfCompanies(Collection<UUID> companyIds) {
        Map<UUID, List<JobSummary>> result = new HashMap<>();
        if (!companyIds.isEmpty()) {
            jobs.findByCompanyIdInOrderByOpenedOnDescIdDesc(companyIds).stream().map(Job::toSummary)
                    .forEach(job -> result.computeIfAbsent(job.companyId(), id -> new ArrayList<>()).add(job));
        }
        return result;
    }

    /**
     * A window of the jobs that pass the filter, in the order, from a keyset position: what the API pages through.
     * The position's keys are those of the order's field and the id; every orderable field is a non-null column.
     */
    public Window<JobSummary> scroll(RecordFilter<JobField> filter, RecordFilter.Order<JobField> order,
            ScrollPosition position, int limit) {
        return jobs.findBy(FilterSpecifications.<Job, JobField>of(filter, JobService::attribute),
                query -> query.sortBy(FilterSpecifications.sort(order, JobService::attribute)).limit(limit)
                        .scroll(position)).map(Job::toSummary);
    }

    private static String attribute(JobField field) {
        return switch (field) {
            case TITLE -> "title";
            case STATUS -> "status";
            case COMPANY -> "companyId";
            case OWNER -> "ownerId";
            case LOCATION -> "location";
            case OPENED_ON -> "openedOn";
            case CREATED_AT -> "createdAt";
            case UPDATED_AT -> "updatedAt";
        };
    }

    public List<JobDetails> jobsOf(UUID companyId) {
        return withStages(jobs.findByCompanyIdOrderByOpenedOnDesc(companyId));
    }

    private List<JobDetails> withStages(List<Job> found) {
        Map<UUID, List<Stage>> byJob = stages.findByJobIdInOrderByPosition(found.stream().map(Job::getId).toList())
                .stream().map(JobStage::toStage).collect(Collectors.groupingBy(Stage::jobId));
        return found.stream().map(job -> job.toDetails(byJob.getOrDefault(job.getId(), List.of()))).toList();
    }

    /** @param currentOwner the owner the job has now: kept even if they have left the firm since */
    private Job.Content checked(JobDraft draft, UUID currentOwner) {
        FieldErrors errors = validator.check(draft);
        if (draft.companyId() != null && !companies.exists(draft.companyId())) {
            errors.reject("companyId", "No such company in your firm");
        }
        if (draft.hiringManagerId() != null && !Objects.equals(draft.companyId(),
                companies.companiesOfContacts(List.of(draft.hiringManagerId())).get(draft.hiringManagerId()))) {
            errors.reject("hiringManagerId", "Not a contact at this company");
        }
        if (draft.ownerId() != null && !draft.ownerId().equals(currentOwner)
                && !organizations.isActiveMember(draft.ownerId())) {
            errors.reject("ownerId", "Not an active member of your firm");
        }
        String salaryCurrency = validator.currency(errors, "salaryCurrency", draft.salaryCurrency());
        if (draft.salaryMin() != null && draft.salaryMax() != null
                && draft.salaryMin().compareTo(draft.salaryMax()) > 0) {
            errors.reject("salaryMax", "Must be at least the minimum");
        }
        if ((draft.salaryMin() != null || draft.salaryMax() != null) && salaryCurrency == null) {
            errors.reject("salaryCurrency", "Choose the salary's currency");
        }
        FeeTerms fee = checkedFee(errors, draft.fee());
        // a job opens and closes on the firm's day, wherever the member saving it is
        LocalDate today = LocalDate.now(clock.withZone(organizations.timeZone()));
        LocalDate openedOn = draft.openedOn() != null ? draft.openedOn() : today;
        LocalDate closedOn = null;
        if (draft.status() != null && draft.status().isClosed()) {
            closedOn = draft.closedOn() != null ? draft.closedOn() : today;
            if (closedOn.isBefore(openedOn)) {
                errors.reject("closedOn", "Cannot be before the opening date");
            }
        }
        errors.throwIfAny();
        Set<String> seen = new HashSet<>();
        List<String> skills = distinct(draft.skills(), seen);
        List<String> niceToHave = distinct(draft.niceToHave(), seen);
        return new Job.Content(draft.title().strip(), draft.companyId(), draft.hiringManagerId(),
                blankToNull(draft.description()), skills, niceToHave, draft.seniority(), blankToNull(draft.location()),
                draft.remotePolicy(), draft.salaryMin(), draft.salaryMax(), salaryCurrency, fee, draft.status(),
                draft.ownerId(), openedOn, closedOn);
    }

    /** The values not seen yet, stripped, in their order; a requirement listed as both kinds stays a must-have. */
    private static List<String> distinct(List<String> values, Set<String> seen) {
        List<String> kept = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (seen.add(value.strip().toLowerCase(Locale.ROOT))) {
                kept.add(value.strip());
            }
        }
        return kept;
    }

    private FeeTerms checkedFee(FieldErrors errors, FeeTerms fee) {
        if (fee == null) {
            return null;
        }
        if (fee.type() == null) {
            errors.reject("fee", "Choose a percentage or a fixed fee");
            return null;
        }
        return switch (fee.type()) {
            case PERCENTAGE -> {
                BigDecimal percentage = fee.percentage();
                if (percentage == null || percentage.signum() <= 0 || percentage.compareTo(BigDecimal.valueOf(100)) > 0
                        || percentage.scale() > 2) {
                    errors.reject("fee", "Enter a percentage above 0 and at most 100, with up to 2 decimals");
                    yield null;
                }
                yield FeeTerms.percentage(percentage);
            }
            case FIXED -> {
                String currency = validator.currency(errors, "fee", fee.currency());
                if (fee.amount() == null || fee.amount().signum() <= 0 || fee.amount().scale() > 2
                        || fee.amount().precision() - fee.amount().scale() > 12) {
                    errors.reject("fee", "Enter a fee above 0, with up to 12 digits and 2 decimals");
                    yield null;
                }
                if (currency == null) {
                    errors.reject("fee", "Choose the fee's currency");
                    yield null;
                }
                yield FeeTerms.fixed(fee.amount(), currency);
            }
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
