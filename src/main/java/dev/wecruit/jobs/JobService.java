package dev.wecruit.jobs;

import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.internal.Job;
import dev.wecruit.jobs.internal.JobRepository;
import dev.wecruit.jobs.internal.JobStage;
import dev.wecruit.jobs.internal.JobStageRepository;
import dev.wecruit.jobs.internal.StageTemplate;
import dev.wecruit.jobs.internal.StageTemplateRepository;
import dev.wecruit.platform.persistence.Records;
import dev.wecruit.platform.validation.InputValidator;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.LikePattern;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's jobs (mandates) and pipeline stages: the firm's stage template, and each job's own copy of it, made
 * when the job is created. Every method acts on the current firm only.
 */
@Service
@Transactional(readOnly = true)
public class JobService {

    /** The template a firm starts with until an admin changes it. */
    public static final List<StageDefinition> DEFAULT_STAGES = List.of(
            new StageDefinition("Sourced", StageKind.ACTIVE),
            new StageDefinition("Screening", StageKind.ACTIVE),
            new StageDefinition("Submitted to client", StageKind.ACTIVE),
            new StageDefinition("Client interview", StageKind.ACTIVE),
            new StageDefinition("Offer", StageKind.ACTIVE),
            new StageDefinition("Placed", StageKind.HIRED),
            new StageDefinition("Rejected", StageKind.REJECTED));

    static final int MAX_STAGES = 20;

    private final JobRepository jobs;
    private final JobStageRepository stages;
    private final StageTemplateRepository templates;
    private final CompanyService companies;
    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final InputValidator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JobService(JobRepository jobs, JobStageRepository stages, StageTemplateRepository templates,
            CompanyService companies, OrganizationService organizations, CurrentTenant currentTenant,
            InputValidator validator, Optional<Clock> clock, ApplicationEventPublisher events) {
        this.currentTenant = currentTenant;
        this.jobs = jobs;
        this.stages = stages;
        this.templates = templates;
        this.companies = companies;
        this.organizations = organizations;
        this.validator = validator;
        this.clock = clock.orElse(Clock.systemDefaultZone());
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
        List<StageDefinition> template = stageTemplate();
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
        return saved.toDetails(stagesOf(id));
    }

    /** The ids of the firm's jobs in these statuses (all of them when none is given). */
    public List<UUID> idsWithStatus(Collection<JobStatus> statuses) {
        return jobs.findIdsByStatusIn(statuses.isEmpty() ? EnumSet.allOf(JobStatus.class) : statuses);
    }

    public Optional<JobDetails> find(UUID id) {
        return jobs.findById(id).map(job -> job.toDetails(stagesOf(id)));
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

    /**
     * Locks the job's row until the caller's transaction ends, so that changes to its pipeline (adding cards,
     * numbering positions) happen one at a time. Must run inside the caller's transaction.
     *
     * @return false when there is no such job in the firm
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresRole(Role.RECRUITER)
    public boolean lockForPipelineChange(UUID jobId) {
        return jobs.lockById(jobId).isPresent();
    }

    /**
     * Locks the job's row like {@link #lockForPipelineChange} and gives the change the job's next sequence number:
     * boards apply moves in this order. Must run inside the caller's transaction.
     *
     * @return empty when there is no such job in the firm
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RequiresRole(Role.RECRUITER)
    public Optional<Long> nextPipelineSequence(UUID jobId) {
        return jobs.nextPipelineSequence(jobId);
    }

    /** The number of the job's latest move; a board that has read the job knows every move up to it. */
    public long pipelineSequence(UUID jobId) {
        return jobs.findPipelineSequence(jobId).orElse(0L);
    }

    /** Which of the ids are jobs of the firm. */
    public Set<UUID> existing(Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(jobs.findExistingIds(ids));
    }

    /** The job's stages in board order; empty for an unknown job. */
    public List<Stage> stagesOf(UUID jobId) {
        return stages.findByJobIdOrderByPosition(jobId).stream().map(JobStage::toStage).toList();
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

    /** The firm's jobs among these ids, with their stages, in a couple of queries whatever their number. */
    public List<JobDetails> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withStages(jobs.findAllById(ids));
    }

    public List<JobDetails> jobsOf(UUID companyId) {
        return withStages(jobs.findByCompanyIdOrderByOpenedOnDesc(companyId));
    }

    /** The firm's template: what new jobs copy. */
    public List<StageDefinition> stageTemplate() {
        List<StageTemplate> stored = templates.findAllByOrderByPosition();
        return stored.isEmpty() ? DEFAULT_STAGES : stored.stream().map(StageTemplate::toDefinition).toList();
    }

    /**
     * Replaces the firm's template; existing jobs keep their stages.
     *
     * @throws InvalidInputException under {@code stages} unless there are 2 to 20 uniquely named stages with at
     *     least one of each kind
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public List<StageDefinition> replaceStageTemplate(List<StageDefinition> definitions) {
        checkedStages(definitions).throwIfAny();
        templates.deleteAllInBatch();
        List<StageTemplate> replacement = new ArrayList<>();
        for (int position = 0; position < definitions.size(); position++) {
            StageDefinition definition = definitions.get(position);
            replacement.add(new StageTemplate(definition.name().strip(), position, definition.kind()));
        }
        templates.saveAllAndFlush(replacement);
        return stageTemplate();
    }

    /** Whether the signed-in member may change the job's stages: the firm's admins and the job's owner may. */
    public boolean canEditStages(UUID jobId) {
        Optional<Job> job = jobs.findById(jobId);
        return job.isPresent() && currentTenant.currentMember().map(member -> member.membership().role() == Role.ADMIN
                || (member.membership().role().includes(Role.RECRUITER)
                        && member.membership().memberId().equals(job.get().getOwnerId()))).orElse(false);
    }

    /**
     * Changes a job's stages to those given, in that order: renames, reorders, adds, and removes the stages left
     * out. A removed stage must hold no cards any more: call it through
     * {@code ApplicationService.changeStages}, which locks the job's pipeline and moves them first. The same rules as
     * the firm's template apply, and a kept stage keeps its kind.
     *
     * @throws AccessDeniedException unless the member is an admin of the firm or the job's owner
     * @throws InvalidInputException with the rule broken under {@code stages}; nothing is changed
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public List<Stage> changeStages(UUID jobId, List<StageChange> wanted) {
        if (!canEditStages(jobId)) {
            throw new AccessDeniedException("Only the firm's admins and the job's owner can change its stages");
        }
        FieldErrors errors = checkedStages(wanted.stream().map(StageChange::definition).toList());
        Map<UUID, JobStage> current = stages.findByJobIdOrderByPosition(jobId).stream()
                .collect(Collectors.toMap(JobStage::getId, stage -> stage));
        Set<UUID> named = new HashSet<>();
        for (StageChange change : wanted) {
            if (change.stageId() != null && !named.add(change.stageId())) {
                errors.reject("stages", "A stage cannot be on the board twice");
            }
            JobStage kept = change.stageId() == null ? null : current.get(change.stageId());
            if (change.stageId() != null && kept == null) {
                errors.reject("stages", "A stage that is not on this job's board cannot be kept");
            } else if (kept != null && kept.getKind() != change.kind()) {
                errors.reject("stages", "\"" + change.name().strip() + "\" cannot change what it means; add a new "
                        + "stage instead");
            }
        }
        errors.throwIfAny();
        Set<UUID> keptIds = wanted.stream().map(StageChange::stageId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<JobStage> removed = current.values().stream().filter(stage -> !keptIds.contains(stage.getId()))
                .toList();
        List<JobStage> board = new ArrayList<>();
        for (int position = 0; position < wanted.size(); position++) {
            StageChange change = wanted.get(position);
            if (change.stageId() == null) {
                board.add(new JobStage(jobId, change.name().strip(), position, change.kind()));
            } else {
                JobStage kept = current.get(change.stageId());
                kept.change(change.name().strip(), position);
                board.add(kept);
            }
        }
        try {
            stages.deleteAll(removed);
            stages.saveAllAndFlush(board);
        } catch (DataIntegrityViolationException e) {
            // the stages themselves were checked above; what the database refuses is a removal of a stage in use
            throw InvalidInputException.of("stages", "A stage that still holds candidates cannot be removed; "
                    + "move them to another stage first");
        }
        return stagesOf(jobId);
    }

    /** The rules every pipeline follows, the firm's template and each job's board alike. */
    private FieldErrors checkedStages(List<StageDefinition> definitions) {
        FieldErrors errors = new FieldErrors();
        for (StageDefinition definition : definitions) {
            validator.check(definition).throwIfAny();
        }
        Set<String> names = new HashSet<>();
        for (StageDefinition definition : definitions) {
            if (!names.add(definition.name().strip().toLowerCase(Locale.ROOT))) {
                errors.reject("stages", "Two stages are called \"" + definition.name().strip() + "\"");
            }
        }
        if (definitions.size() < 2 || definitions.size() > MAX_STAGES) {
            errors.reject("stages", "A pipeline has 2 to " + MAX_STAGES + " stages");
        }
        Set<StageKind> kinds = definitions.stream().map(StageDefinition::kind).collect(Collectors.toSet());
        if (!kinds.containsAll(EnumSet.allOf(StageKind.class))) {
            errors.reject("stages", "A pipeline needs at least one active, one hired and one rejected stage");
        }
        return errors;
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
        LocalDate today = LocalDate.now(clock);
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
