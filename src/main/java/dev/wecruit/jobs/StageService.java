package dev.wecruit.jobs;

import dev.wecruit.jobs.internal.Job;
import dev.wecruit.jobs.internal.JobRepository;
import dev.wecruit.jobs.internal.JobStage;
import dev.wecruit.jobs.internal.JobStageRepository;
import dev.wecruit.jobs.internal.StageTemplate;
import dev.wecruit.jobs.internal.StageTemplateRepository;
import dev.wecruit.platform.validation.InputValidator;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.util.ArrayList;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipeline stages: the firm's template, which new jobs copy, and each job's own stages. The same rules hold for
 * both: 2 to 20 uniquely named stages, with at least one active, one hired and one rejected.
 */
@Service
@Transactional(readOnly = true)
public class StageService {

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

    private final StageTemplateRepository templates;
    private final JobStageRepository stages;
    private final JobRepository jobs;
    private final PipelineLock pipelines;
    private final CurrentTenant currentTenant;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;

    StageService(StageTemplateRepository templates, JobStageRepository stages, JobRepository jobs,
            PipelineLock pipelines, CurrentTenant currentTenant, InputValidator validator,
            ApplicationEventPublisher events) {
        this.templates = templates;
        this.stages = stages;
        this.jobs = jobs;
        this.pipelines = pipelines;
        this.currentTenant = currentTenant;
        this.validator = validator;
        this.events = events;
    }

    /** The firm's template: what new jobs copy. */
    public List<StageDefinition> stageTemplate() {
        List<StageTemplate> stored = templates.findAllByOrderByPosition();
        return stored.isEmpty() ? DEFAULT_STAGES : stored.stream().map(StageTemplate::toDefinition).toList();
    }

    /**
     * Replaces the firm's template; existing jobs keep their stages. Publishes {@link StageTemplateChanged} in the
     * same transaction when the template changed (the audit log records it).
     *
     * @throws InvalidInputException under {@code stages} unless there are 2 to 20 uniquely named stages with at
     *     least one of each kind
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public List<StageDefinition> replaceStageTemplate(List<StageDefinition> definitions) {
        checkedStages(definitions).throwIfAny();
        List<StageDefinition> before = stageTemplate();
        templates.deleteAllInBatch();
        List<StageTemplate> replacement = new ArrayList<>();
        for (int position = 0; position < definitions.size(); position++) {
            StageDefinition definition = definitions.get(position);
            replacement.add(new StageTemplate(definition.name().strip(), position, definition.kind()));
        }
        templates.saveAllAndFlush(replacement);
        List<StageDefinition> after = stageTemplate();
        if (!before.equals(after)) {
            events.publishEvent(new StageTemplateChanged(before, after));
        }
        return after;
    }

    /** The job's stages in board order; empty for an unknown job. */
    public List<Stage> stagesOf(UUID jobId) {
        return stages.findByJobIdOrderByPosition(jobId).stream().map(JobStage::toStage).toList();
    }

    /** The stages of each of the jobs, in board order; in one query, for the API's batches. */
    public Map<UUID, List<Stage>> stagesOf(Collection<UUID> jobIds) {
        Map<UUID, List<Stage>> result = new HashMap<>();
        if (!jobIds.isEmpty()) {
            stages.findByJobIdInOrderByPosition(jobIds).stream().map(JobStage::toStage)
                    .forEach(stage -> result.computeIfAbsent(stage.jobId(), id -> new ArrayList<>()).add(stage));
        }
        return result;
    }

    /** Those of the stages that are the firm's, by id; in one query. */
    public Map<UUID, Stage> stages(Collection<UUID> stageIds) {
        Map<UUID, Stage> result = new HashMap<>();
        if (!stageIds.isEmpty()) {
            stages.findByIdIn(stageIds).forEach(stage -> result.put(stage.getId(), stage.toStage()));
        }
        return result;
    }

    /** Whether the signed-in member may change the job's stages: the firm's admins and the job's owner may. */
    public boolean canEditStages(UUID jobId) {
        Optional<Job> job = jobs.findById(jobId);
        return job.isPresent() && currentTenant.currentMember().map(MemberPrincipal::membership)
                .map(member -> member.role() == Role.ADMIN || (member.role().includes(Role.RECRUITER)
                        && member.memberId().equals(job.get().getOwnerId())))
                .orElse(false);
    }

    /**
     * Changes a job's stages to those given, in that order: renames, reorders, adds, and removes the stages left
     * out. It takes the job's pipeline lock. A removed stage must hold no cards any more: to move them first, call
     * {@code ApplicationService.changeStages}. A kept stage keeps its kind.
     *
     * @throws AccessDeniedException unless the member is an admin of the firm or the job's owner
     * @throws InvalidInputException with the rule broken under {@code stages}; nothing is changed
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public List<Stage> changeStages(UUID jobId, List<StageChange> wanted) {
        if (!canEditStages(jobId) || !pipelines.lock(jobId)) {
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
}
