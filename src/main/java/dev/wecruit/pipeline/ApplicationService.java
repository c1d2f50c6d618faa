package dev.wecruit.pipeline;

import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.pipeline.internal.Application;
import dev.wecruit.pipeline.internal.ApplicationRepository;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates in jobs' pipelines. A candidate is in a job at most once; a new card goes to the end of its column.
 * Every method acts on the current firm only.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

    private final ApplicationRepository applications;
    private final CandidateService candidates;
    private final JobService jobs;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, CandidateService candidates, JobService jobs,
            Optional<Clock> clock) {
        this.applications = applications;
        this.candidates = candidates;
        this.jobs = jobs;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Adds the candidate to the job's first active stage.
     *
     * @throws InvalidInputException when the candidate or job is not in the firm, or the candidate is already in
     *     the job's pipeline; nothing is saved
     */
    @Transactional
    public ApplicationSummary add(UUID candidateId, UUID jobId) {
        JobDetails job = checkedJob(candidateId, jobId);
        return save(candidateId, job, job.entryStage(), null);
    }

    /**
     * Adds several candidates to the job's first active stage at once, in the order given: all of them or none.
     *
     * @throws InvalidInputException when a candidate or the job is not in the firm, or when any of the candidates is
     *     already in the job's pipeline (the message names them); nothing is saved
     */
    @Transactional
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
        Stage entry = job.get().entryStage();
        return chosen.stream().map(candidateId -> save(candidateId, job.get(), entry, null)).toList();
    }

    /**
     * Adds the candidate straight into a given stage of the job, as when importing a pipeline kept elsewhere.
     *
     * @param rejectionReason required for a rejected-kind stage, refused for others
     * @throws InvalidInputException as {@link #add(UUID, UUID)}, or when the stage is not the job's
     */
    @Transactional
    public ApplicationSummary add(UUID candidateId, UUID jobId, UUID stageId, String rejectionReason) {
        JobDetails job = checkedJob(candidateId, jobId);
        Stage stage = job.stages().stream().filter(s -> s.id().equals(stageId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("stageId", "Not a stage of this job"));
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
        return save(candidateId, job, stage, rejected ? reason : null);
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

    /** How many cards each of the job's stages holds, in board order, zeros included. */
    public Map<Stage, Long> countsByStage(UUID jobId) {
        Map<UUID, Long> counts = applications.countByStage(jobId).stream()
                .collect(Collectors.toMap(ApplicationRepository.StageCount::getStageId,
                        ApplicationRepository.StageCount::getCount));
        Map<Stage, Long> result = new LinkedHashMap<>();
        jobs.stagesOf(jobId).forEach(stage -> result.put(stage, counts.getOrDefault(stage.id(), 0L)));
        return result;
    }

    private JobDetails checkedJob(UUID candidateId, UUID jobId) {
        FieldErrors errors = new FieldErrors();
        if (!candidates.exists(candidateId)) {
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

    private Optional<JobDetails> lockedJob(UUID jobId) {
        // one change to a job's pipeline at a time: positions and the one-card-per-candidate rule stay true
        return jobId != null && jobs.lockForPipelineChange(jobId) ? jobs.find(jobId) : Optional.empty();
    }

    private ApplicationSummary save(UUID candidateId, JobDetails job, Stage stage, String rejectionReason) {
        Application application = new Application(candidateId, job.id(), stage.id(),
                applications.nextPosition(stage.id()), Instant.now(clock), rejectionReason);
        return applications.saveAndFlush(application).toSummary();
    }
}
