package dev.wecruit.pipeline;

import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.candidates.CandidateContact;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobSummary;
import dev.wecruit.jobs.PipelineLock;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageChange;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.jobs.StageService;
import dev.wecruit.pipeline.internal.Application;
import dev.wecruit.pipeline.internal.ApplicationRepository;
import dev.wecruit.pipeline.internal.CandidateApplicationsMerge;
import dev.wecruit.pipeline.internal.StageHistoryEntry;
import dev.wecruit.pipeline.internal.StageHistoryRepository;
import dev.wecruit.pipeline.internal.StageStays;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.platform.spreadsheets.ListExported;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import dev.wecruit.platform.spreadsheets.SheetWriter;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates in jobs' pipelines. A candidate is in a job at most once; a new card goes to the end of its column.
 * Every method acts on the current firm only.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

    /** The columns every pipeline export has, in its order. */
    public static final List<String> PIPELINE_EXPORT_COLUMNS = List.of("Candidate", "Stage", "Position",
            "In stage since", "Days in stage", "Rejection reason");

    private final ApplicationRepository applications;
    private final StageHistoryRepository history;
    private final StageStays stays;
    private final CandidateService candidates;
    private final JobService jobs;
    private final StageService stages;
    private final PipelineLock pipelines;
    private final ActivityService activities;
    private final CurrentTenant currentTenant;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CandidateApplicationsMerge merges;
    private final OrganizationService organizations;

    ApplicationService(ApplicationRepository applications, StageHistoryRepository history, StageStays stays,
            CandidateService candidates, JobService jobs, StageService stages, PipelineLock pipelines,
            ActivityService activities, CurrentTenant currentTenant, ApplicationEventPublisher events,
            Clock clock, CandidateApplicationsMerge merges, OrganizationService organizations) {
        this.merges = merges;
        this.organizations = organizations;
        this.applications = applications;
        this.history = history;
        this.stays = stays;
        this.candidates = candidates;
        this.jobs = jobs;
        this.stages = stages;
        this.pipelines = pipelines;
        this.activities = activities;
        this.currentTenant = currentTenant;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds the candidate to the job's first active stage.
     *
     * @throws InvalidInputException when the candidate or job is not in the firm, or the candidate is already in
     *     the job's pipeline; nothing is saved
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public ApplicationSummary add(UUID candidateId, UUID jobId) {
        JobDetails job = open(checkedJob(candidateId, jobId));
        ApplicationSummary added = save(candidateId, job, job.entryStage(), null);
        boardChanged(jobId);
        return added;
    }

    /**
     * Moves the applications of a candidate merged into another to the one kept (decision 0037). Where both are in
     * the same job, the further-along application stays (the later stage in the job's order; on a tie, the one that
     * entered its stage last), the other's stage history joins it and the other leaves the board. Activities are
     * the activities feature's to move.
     *
     * @return what moved and what was dropped, for {@link #unmergeCandidates}
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public MergedApplications mergeCandidates(UUID fromCandidateId, UUID intoCandidateId) {
        UUID tenantId = currentTenant.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("Merging candidates needs a firm"));
        return merges.merge(tenantId, fromCandidateId, intoCandidateId, clock.instant());
    }

    /**
     * Undoes {@link #mergeCandidates}: the moved applications go back, and the dropped ones return to their boards
     * with their own stage history.
     *
     * @throws InvalidInputException when a dropped application's stage was removed since; nothing is changed
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public void unmergeCandidates(UUID fromCandidateId, UUID intoCandidateId, MergedApplications merged) {
        UUID tenantId = currentTenant.currentTenantId()
                .orElseThrow(() -> new IllegalStateException("Unmerging candidates needs a firm"));
        merges.unmerge(tenantId, fromCandidateId, intoCandidateId, merged);
    }

    /**
     * Adds several candidates to the job's first active stage at once, in the order given: all of them or none.
     *
     * @throws InvalidInputException when a candidate or the job is not in the firm, or when any of the candidates is
     *     already in the job's pipeline (the message names them); nothing is saved
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public List<ApplicationSummary> addAll(Collection<UUID> candidateIds, UUID jobId) {
        FieldErrors errors = new FieldErrors();
        Set<UUID> chosen = new LinkedHashSet<>(candidateIds);
        if (chosen.isEmpty()) {
            errors.reject("candidateIds", "Choose at least one candidate");
        } else if (!candidates.existing(chosen).containsAll(chosen)) {
            errors.reject("candidateIds", "No such candidate in your firm");
        }
        Optional<JobDetails> job = lockedJob(jobId);
        if (job.isEmpty()) {
            errors.reject("jobId", "No such job in your firm");
        }
        errors.throwIfAny();
        Set<UUID> alreadyIn = new HashSet<>(applications.findCandidateIdsByJobId(jobId));
        List<String> refused = chosen.stream().filter(alreadyIn::contains)
                .map(id -> candidates.find(id).map(CandidateDetails::fullName).orElse("A candidate")).toList();
        if (!refused.isEmpty()) {
            throw InvalidInputException.of("candidateIds", String.join(", ", refused)
                    + (refused.size() == 1 ? " is" : " are") + " already in this job's pipeline");
        }
        open(job.get());
        Stage entry = job.get().entryStage();
        List<ApplicationSummary> added = chosen.stream().map(candidateId -> save(candidateId, job.get(), entry, null))
                .toList();
        boardChanged(jobId);
        return added;
    }

    /**
     * Adds the candidate straight into a given stage of the job, as when importing a pipeline kept elsewhere.
     *
     * @param rejectionReason required for a rejected-kind stage, ignored for the others
     * @throws InvalidInputException as {@link #add(UUID, UUID)}, or when the stage is not the job's
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public ApplicationSummary add(UUID candidateId, UUID jobId, UUID stageId, String rejectionReason) {
        JobDetails job = checkedJob(candidateId, jobId);
        Stage stage = job.stages().stream().filter(s -> s.id().equals(stageId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("stageId", "Not a stage of this job"));
        ApplicationSummary added = save(candidateId, job, stage, checkedReason(stage, rejectionReason));
        boardChanged(jobId);
        return added;
    }

    /**
     * Adds the candidate to the job with the stages the card went through, as when importing a pipeline kept
     * elsewhere: each stay ends when the next begins, the last is the card's stage now (and its time in stage). Writes
     * the card and its stage history, not the stage-change activities (the caller records those it knows of).
     *
     * @param path the stays, oldest first, each in a different stage from the one before, none in the future
     * @param rejectionReason required when the last stage is of the rejected kind, ignored otherwise
     * @throws InvalidInputException as {@link #add(UUID, UUID)}, or when the path is empty, names a stage not the
     *     job's, goes back in time or ends in the future; nothing is saved
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public ApplicationSummary addWithHistory(UUID candidateId, UUID jobId, List<PastStay> path,
            String rejectionReason) {
        if (path == null || path.isEmpty() || path.stream().anyMatch(Objects::isNull)) {
            throw InvalidInputException.of("path", "Give at least one stage the candidate was in");
        }
        JobDetails job = checkedJob(candidateId, jobId);
        Map<UUID, Stage> stagesById = new HashMap<>();
        job.stages().forEach(stage -> stagesById.put(stage.id(), stage));
        Instant now = Instant.now(clock);
        List<Stage> visited = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            PastStay stay = path.get(i);
            Stage stage = stagesById.get(stay.stageId());
            if (stage == null) {
                throw InvalidInputException.of("path", "Stay " + (i + 1) + " is not in a stage of this job");
            }
            if (stay.enteredAt() == null || stay.enteredAt().isAfter(now)) {
                throw InvalidInputException.of("path", "Stay " + (i + 1) + " needs a time that is not in the future");
            }
            if (i > 0 && stay.enteredAt().isBefore(path.get(i - 1).enteredAt())) {
                throw InvalidInputException.of("path", "Stay " + (i + 1) + " begins before the one before it");
            }
            if (i > 0 && stage.id().equals(visited.getLast().id())) {
                throw InvalidInputException.of("path", "Stay " + (i + 1) + " is in the same stage as the one before");
            }
            visited.add(stage);
        }
        Stage current = visited.getLast();
        Application application = applications.saveAndFlush(new Application(candidateId, jobId, current.id(),
                applications.nextPosition(current.id()), path.getLast().enteredAt(),
                checkedReason(current, rejectionReason)));
        List<StageHistoryEntry> stays = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            var stay = new StageHistoryEntry(application.getId(), visited.get(i), path.get(i).enteredAt());
            if (i + 1 < path.size()) {
                stay.exit(path.get(i + 1).enteredAt());
            }
            stays.add(stay);
        }
        history.saveAll(stays);
        boardChanged(jobId);
        return application.toSummary();
    }

    /**
     * Moves a card to a place in a column of its job's board: another stage, or another place in the same one. The
     * columns it leaves and enters are renumbered so that positions stay 0, 1, 2... with no gaps or duplicates. A new
     * stage closes the card's stay in the old one, opens one in the new, writes a stage-change activity (which bumps
     * the candidate's last activity) and restarts its time in stage. After commit, {@link CandidateMoved} goes out.
     *
     * @param expectedVersion the card's version as the board showed it
     * @param toPosition where in the column; beyond its end means last
     * @param rejectionReason required when the stage is of the rejected kind, ignored otherwise
     * @throws RecordNotFoundException when the card is not in the firm (or was removed)
     * @throws StaleRecordException when someone else moved the card since the board showed it; nothing is saved
     * @throws InvalidInputException when the stage is not the job's (say, just removed) or the reason is missing
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public ApplicationSummary move(UUID applicationId, long expectedVersion, UUID toStageId, int toPosition,
            String rejectionReason) {
        // one change to a job's pipeline at a time, so that the renumbering below sees every committed move
        UUID jobId = applications.findJobIdById(applicationId)
                .orElseThrow(() -> new RecordNotFoundException("application", applicationId));
        long sequence = pipelines.lockForMove(jobId)
                .orElseThrow(() -> new RecordNotFoundException("application", applicationId));
        Application card = applications.findById(applicationId)
                .orElseThrow(() -> new RecordNotFoundException("application", applicationId));
        card.checkVersion(expectedVersion);
        List<Stage> board = stages.stagesOf(jobId);
        Stage to = board.stream().filter(stage -> stage.id().equals(toStageId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("stageId", "This stage is no longer on the job's board"));
        Stage from = board.stream().filter(stage -> stage.id().equals(card.getStageId())).findFirst().orElseThrow();
        String reason = checkedReason(to, rejectionReason == null && to.id().equals(from.id())
                ? card.toSummary().rejectionReason() : rejectionReason);

        int fromPosition = card.getPosition();
        int position = Math.clamp(toPosition, 0, applications.countInStageExcept(to.id(), card.getId()));
        applications.closeGap(from.id(), fromPosition, card.getId());
        applications.openGap(to.id(), position, card.getId());
        Instant now = Instant.now(clock);
        card.moveTo(to.id(), position, now, reason);
        ApplicationSummary moved = applications.saveAndFlush(card).toSummary();

        UUID actor = currentTenant.currentMemberId().orElse(null);
        if (!from.id().equals(to.id())) {
            enterStage(card, from, to, now, actor);
        }
        events.publishEvent(new CandidateMoved(card.getTenantId(), jobId, sequence, card.getId(),
                card.getCandidateId(), from.id(), to.id(), fromPosition, position, moved.version(), actor, now));
        return moved;
    }

    /**
     * Changes a job's stages (see {@link StageService#changeStages}). The candidates in a stage being removed go to
     * the end of the stage named for it in {@code moveCardsTo}, each with its stay and a stage-change activity, all
     * in the same transaction. Open boards of the job reload after commit.
     *
     * @param moveCardsTo for each removed stage that holds cards, the kept stage they go to
     * @throws AccessDeniedException unless the member is an admin of the firm or the job's owner
     * @throws InvalidInputException when a removed stage's cards have nowhere to go, or a stage rule is broken;
     *     nothing is changed
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public List<Stage> changeStages(UUID jobId, List<StageChange> wanted, Map<UUID, UUID> moveCardsTo) {
        if (!stages.canEditStages(jobId) || lockedJob(jobId).isEmpty()) {
            throw new AccessDeniedException("Only the firm's admins and the job's owner can change its stages");
        }
        List<Stage> before = stages.stagesOf(jobId);
        Set<UUID> kept = wanted.stream().map(StageChange::stageId).filter(Objects::nonNull).collect(Collectors.toSet());
        Instant now = Instant.now(clock);
        UUID actor = currentTenant.currentMemberId().orElse(null);
        for (Stage removed : before.stream().filter(stage -> !kept.contains(stage.id())).toList()) {
            List<Application> cards = applications.findByStageIdOrderByPositionAsc(removed.id());
            if (cards.isEmpty()) {
                continue;
            }
            Stage target = before.stream().filter(stage -> stage.id().equals(moveCardsTo.get(removed.id()))
                    && kept.contains(stage.id())).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("moveCardsTo", "Choose where the " + cards.size()
                            + " candidates in \"" + removed.name() + "\" go"));
            if (target.kind() == StageKind.REJECTED) {
                throw InvalidInputException.of("moveCardsTo", "Candidates cannot be rejected in bulk; choose an "
                        + "active or hired stage");
            }
            int next = applications.nextPosition(target.id());
            for (Application card : cards) {
                card.moveTo(target.id(), next++, now, null);
                applications.saveAndFlush(card);
                enterStage(card, removed, target, now, actor);
            }
        }
        List<Stage> after = stages.changeStages(jobId, wanted);
        boardChanged(jobId);
        return after;
    }

    /**
     * Where each candidate stands in the firm's pipelines (retention's question): active in an open job, rejected
     * from every job, or neither. Candidates in no pipeline are {@link PipelineStanding#OTHER}.
     */
    @RequiresRole(Role.ADMIN)
    public Map<UUID, PipelineStanding> standings(Collection<UUID> candidateIds) {
        Map<UUID, PipelineStanding> standings = new HashMap<>();
        if (candidateIds.isEmpty()) {
            return standings;
        }
        List<ApplicationRepository.CurrentStay> cards = applications.currentStays(candidateIds.toArray(UUID[]::new));
        // the status of these cards' jobs only, not of every job the firm has
        Set<UUID> openJobs = jobs.summaries(cards.stream().map(ApplicationRepository.CurrentStay::getJobId)
                .collect(Collectors.toSet())).values().stream().filter(job -> !job.status().isClosed())
                .map(JobSummary::id).collect(Collectors.toSet());
        Map<UUID, List<ApplicationRepository.CurrentStay>> stays = cards.stream()
                .collect(Collectors.groupingBy(ApplicationRepository.CurrentStay::getCandidateId));
        for (UUID candidateId : candidateIds) {
            List<ApplicationRepository.CurrentStay> theirs = stays.getOrDefault(candidateId, List.of());
            PipelineStanding standing = PipelineStanding.OTHER;
            if (theirs.stream().anyMatch(card -> openJobs.contains(card.getJobId())
                    && StageKind.ACTIVE.name().equals(card.getStageKind()))) {
                standing = PipelineStanding.ACTIVE;
            } else if (!theirs.isEmpty()
                    && theirs.stream().allMatch(card -> StageKind.REJECTED.name().equals(card.getStageKind()))) {
                standing = PipelineStanding.REJECTED_EVERYWHERE;
            }
            standings.put(candidateId, standing);
        }
        return standings;
    }

    /** Where the card has been: its stays in each stage, oldest first. */
    public List<StageVisit> stageHistory(UUID applicationId) {
        return history.findByApplicationIdOrderByEnteredAtAsc(applicationId).stream()
                .map(ApplicationService::visit).toList();
    }

    /** Where each of the cards has been, oldest stay first; in one query, for the API's batches. */
    public Map<UUID, List<StageVisit>> stageHistories(Collection<UUID> applicationIds) {
        Map<UUID, List<StageVisit>> result = new HashMap<>();
        if (!applicationIds.isEmpty()) {
            history.findByApplicationIdInOrderByEnteredAtAsc(applicationIds).forEach(stay -> result
                    .computeIfAbsent(stay.getApplicationId(), id -> new ArrayList<>()).add(visit(stay)));
        }
        return result;
    }

    /**
     * The whole stage history of every card in the jobs' pipelines that was still in a stage at {@code since} or
     * moved after it, oldest stay first, with each card's candidate: the dashboard's raw material, in one query.
     */
    public List<StageStay> staysSince(Collection<UUID> jobIds, Instant since) {
        return jobIds.isEmpty() ? List.of() : stays.ofJobsSince(jobIds, since);
    }

    private static StageVisit visit(StageHistoryEntry stay) {
        return new StageVisit(stay.getStageId(), stay.getStageName(), stay.getEnteredAt(), stay.getExitedAt());
    }

    /** Those of the cards that are the firm's, by id; in one query. */
    public Map<UUID, ApplicationSummary> findAll(Collection<UUID> ids) {
        Map<UUID, ApplicationSummary> result = new HashMap<>();
        if (!ids.isEmpty()) {
            applications.findAllById(ids).forEach(card -> result.put(card.getId(), card.toSummary()));
        }
        return result;
    }

    /** The cards of each of the jobs, by stage, each column in position order; in one query. */
    public Map<UUID, List<ApplicationSummary>> applicationsOfJobs(Collection<UUID> jobIds) {
        Map<UUID, List<ApplicationSummary>> result = new HashMap<>();
        if (!jobIds.isEmpty()) {
            applications.findByJobIdInOrderByStageIdAscPositionAsc(jobIds).stream().map(Application::toSummary)
                    .forEach(card -> result.computeIfAbsent(card.jobId(), id -> new ArrayList<>()).add(card));
        }
        return result;
    }

    /** The cards of each of the candidates: the jobs each is in; in one query, for the API's batches. */
    public Map<UUID, List<ApplicationSummary>> applicationsOfCandidates(Collection<UUID> candidateIds) {
        Map<UUID, List<ApplicationSummary>> result = new HashMap<>();
        if (!candidateIds.isEmpty()) {
            applications.findByCandidateIdIn(candidateIds).stream().map(Application::toSummary)
                    .forEach(card -> result.computeIfAbsent(card.candidateId(), id -> new ArrayList<>()).add(card));
        }
        return result;
    }

    /** The job's cards, by stage, each column in position order. */
    public List<ApplicationSummary> applicationsOf(UUID jobId) {
        return applications.findByJobIdOrderByStageIdAscPositionAsc(jobId).stream().map(Application::toSummary)
                .toList();
    }

    /** The jobs a candidate is in. */
    public List<ApplicationSummary> applicationsOfCandidate(UUID candidateId) {
        return applications.findByCandidateId(candidateId).stream().map(Application::toSummary).toList();
    }

    /**
     * Writes the job's pipeline to a spreadsheet as the board shows it, stage by stage in board order and card by
     * card within each: the candidate, the stage, the card's place, since when and for how many days, the rejection
     * reason, then the chosen extras. Contact details are left out unless the member may export them
     * ({@link OrganizationService#mayExportContacts}) and are then in each candidate's access log as an export. The
     * export names people, so it is in the audit log ({@link ListExported}), in this transaction.
     *
     * @param zone the reader's zone, in which instants become days
     * @return how many cards were written
     * @throws RecordNotFoundException also for another firm's job
     */
    @Transactional
    public int exportPipeline(UUID jobId, Set<PipelineExportField> extras, SheetFormat format, OutputStream out,
            ZoneId zone) {
        JobDetails job = jobs.find(jobId).orElseThrow(() -> new RecordNotFoundException("job", jobId));
        boolean mayExportContacts = organizations.mayExportContacts();
        List<PipelineExportField> chosen = java.util.Arrays.stream(PipelineExportField.values())
                .filter(extras::contains).filter(field -> mayExportContacts || !field.contactDetail()).toList();
        List<String> header = new ArrayList<>(PIPELINE_EXPORT_COLUMNS);
        chosen.forEach(field -> header.add(field.header()));
        List<Stage> board = stages.stagesOf(jobId);
        Map<UUID, List<ApplicationSummary>> byStage = new HashMap<>();
        applicationsOf(jobId).forEach(card -> byStage.computeIfAbsent(card.stageId(), id -> new ArrayList<>())
                .add(card));
        List<UUID> candidateIds = byStage.values().stream().flatMap(List::stream)
                .map(ApplicationSummary::candidateId).toList();
        Map<UUID, CandidateSummary> people = candidates.summaries(candidateIds);
        Map<UUID, CandidateContact> contacts = chosen.stream().anyMatch(PipelineExportField::contactDetail)
                ? candidates.contactsForExport(candidateIds) : Map.of();
        Instant now = clock.instant();
        int rows;
        try (SheetWriter writer = SheetWriter.open(format, out, "Pipeline", header)) {
            for (Stage stage : board) {
                List<ApplicationSummary> cards = byStage.getOrDefault(stage.id(), List.of()).stream()
                        .sorted(java.util.Comparator.comparingInt(ApplicationSummary::position)).toList();
                int place = 0;
                for (ApplicationSummary card : cards) {
                    CandidateSummary person = people.get(card.candidateId());
                    if (person == null) {
                        continue;
                    }
                    CandidateContact contact = contacts.get(card.candidateId());
                    List<Object> cells = new ArrayList<>(header.size());
                    cells.add(person.fullName());
                    cells.add(stage.name());
                    cells.add(++place);
                    cells.add(card.stageEnteredAt() == null ? null : LocalDate.ofInstant(card.stageEnteredAt(), zone));
                    cells.add(card.stageEnteredAt() == null ? null
                            : java.time.Duration.between(card.stageEnteredAt(), now).toDays());
                    cells.add(card.rejectionReason());
                    for (PipelineExportField field : chosen) {
                        cells.add(switch (field) {
                            case TITLE -> person.currentTitle();
                            case COMPANY -> person.currentCompany();
                            case LOCATION -> person.location();
                            case EMAIL -> contact == null ? null : String.join(", ", contact.emails());
                            case PHONE -> contact == null ? null : String.join(", ", contact.phones());
                        });
                    }
                    writer.row(cells);
                }
            }
            rows = writer.rowCount();
        }
        events.publishEvent(new ListExported("Pipeline (" + job.title() + ")", format, rows, header, true));
        return rows;
    }

    /** How many cards each of the job's stages holds, in board order, zeros included. */
    public Map<Stage, Long> countsByStage(UUID jobId) {
        Map<UUID, Long> counts = applications.countByStage(jobId).stream()
                .collect(Collectors.toMap(ApplicationRepository.StageCount::getStageId,
                        ApplicationRepository.StageCount::getCount));
        Map<Stage, Long> result = new LinkedHashMap<>();
        stages.stagesOf(jobId).forEach(stage -> result.put(stage, counts.getOrDefault(stage.id(), 0L)));
        return result;
    }

    private JobDetails checkedJob(UUID candidateId, UUID jobId) {
        FieldErrors errors = new FieldErrors();
        // existing, not exists: a candidate merged into another is in no list, and goes on no board either
        if (candidateId == null || candidates.existing(List.of(candidateId)).isEmpty()) {
            errors.reject("candidateId", "No such candidate in your firm");
        }
        Optional<JobDetails> job = lockedJob(jobId);
        if (job.isEmpty()) {
            errors.reject("jobId", "No such job in your firm");
        }
        errors.throwIfAny();
        if (applications.existsByJobIdAndCandidateId(jobId, candidateId)) {
            throw InvalidInputException.of("candidateId", "This candidate is already in this job's pipeline");
        }
        return job.get();
    }

    /** The job, if it still takes candidates: a filled or cancelled job does not. */
    private static JobDetails open(JobDetails job) {
        if (job.status().isClosed()) {
            throw InvalidInputException.of("jobId", "This job is " + job.status().name().toLowerCase(Locale.ROOT)
                    + ": reopen it to add candidates");
        }
        return job;
    }

    /** Tells the job's open boards, once this transaction commits, to read themselves again. */
    private void boardChanged(UUID jobId) {
        currentTenant.currentTenantId().ifPresent(tenantId -> events.publishEvent(new BoardChanged(tenantId, jobId)));
    }

    /** Ends the card's stay in one stage and starts one in the next, and says so on the candidate's timeline. */
    private void enterStage(Application card, Stage from, Stage to, Instant now, UUID actor) {
        // never before it began, even when this node's clock is behind the one that opened the stay
        history.findByApplicationIdAndExitedAtIsNull(card.getId())
                .ifPresent(stay -> stay.exit(now.isBefore(stay.getEnteredAt()) ? stay.getEnteredAt() : now));
        history.flush();
        history.save(new StageHistoryEntry(card.getId(), to, now));
        activities.record(new ActivityDraft(ActivityType.STAGE_CHANGE, from.name() + " → " + to.name(),
                card.toSummary().rejectionReason(), now, card.getCandidateId(), card.getJobId(), null, null), actor);
    }

    /** The rejection reason to store: required for a rejected-kind stage, none for the others. */
    private static String checkedReason(Stage stage, String rejectionReason) {
        boolean rejected = stage.kind() == StageKind.REJECTED;
        String reason = rejectionReason == null || rejectionReason.isBlank() ? null : rejectionReason.strip();
        if (rejected && reason == null) {
            throw InvalidInputException.of("rejectionReason", "Give a reason for the rejection");
        }
        if (reason != null && reason.length() > 500) {
            throw InvalidInputException.of("rejectionReason", "At most 500 characters");
        }
        if (reason != null && reason.indexOf('\u0000') >= 0) {
            throw InvalidInputException.of("rejectionReason", "Contains a character that cannot be stored");
        }
        return rejected ? reason : null;
    }

    private Optional<JobDetails> lockedJob(UUID jobId) {
        // one change to a job's pipeline at a time: positions and the one-card-per-candidate rule stay true
        return jobId != null && pipelines.lock(jobId) ? jobs.find(jobId) : Optional.empty();
    }

    private ApplicationSummary save(UUID candidateId, JobDetails job, Stage stage, String rejectionReason) {
        Instant now = Instant.now(clock);
        Application application = applications.saveAndFlush(new Application(candidateId, job.id(), stage.id(),
                applications.nextPosition(stage.id()), now, rejectionReason));
        history.save(new StageHistoryEntry(application.getId(), stage, now));
        return application.toSummary();
    }
}
