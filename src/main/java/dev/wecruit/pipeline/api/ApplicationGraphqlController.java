package dev.wecruit.pipeline.api;

import dev.wecruit.candidates.CandidateProfile;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobSummary;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageService;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.StageVisit;
import dev.wecruit.platform.graphql.Batches;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.platform.graphql.NodeLoader;
import dev.wecruit.shared.RecordNotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

/**
 * Applications (cards on a job's board) in the API ({@code pipeline.graphqls}), read and changed through
 * {@link ApplicationService}, the same service the live board uses, so a move through the API reaches open boards.
 * Related jobs, stages and stays are read for the whole batch at once.
 */
@Controller
class ApplicationGraphqlController {

    static final String APPLICATION = "Application";

    private final ApplicationService applications;
    private final JobService jobs;
    private final StageService stages;
    private final CandidateService candidates;

    ApplicationGraphqlController(ApplicationService applications, JobService jobs, StageService stages,
            CandidateService candidates) {
        this.applications = applications;
        this.candidates = candidates;
        this.jobs = jobs;
        this.stages = stages;
    }

    /**
     * The job is the operation's target, so another firm's is NOT_FOUND; the candidates are references, refused
     * under {@code candidateIds} whether they do not exist or are another firm's.
     */
    @MutationMapping
    List<ApplicationSummary> addCandidatesToJob(@Argument String jobId, @Argument List<String> candidateIds) {
        UUID job = GlobalId.parse(jobId, "Job", "jobId");
        List<UUID> candidates = candidateIds.stream()
                .map(candidateId -> GlobalId.parse(candidateId, "Candidate", "candidateIds")).toList();
        if (!jobs.exists(job)) {
            throw new RecordNotFoundException("job", job);
        }
        return applications.addAll(candidates, job);
    }

    @MutationMapping
    ApplicationSummary moveApplication(@Argument String id, @Argument long version, @Argument String stage,
            @Argument int position, @Argument String rejectionReason) {
        return applications.move(GlobalId.parse(id, APPLICATION, "id"), version, GlobalId.parse(stage, "Stage",
                "stage"), position, rejectionReason);
    }

    @SchemaMapping(typeName = APPLICATION)
    String id(ApplicationSummary application) {
        return GlobalId.of(APPLICATION, application.id());
    }

    @SchemaMapping(typeName = APPLICATION)
    String candidateId(ApplicationSummary application) {
        return GlobalId.of("Candidate", application.candidateId());
    }

    @BatchMapping(typeName = APPLICATION)
    Map<ApplicationSummary, CandidateProfile> candidate(List<ApplicationSummary> cards) {
        return Batches.related(cards, ApplicationSummary::candidateId, candidates::profiles);
    }

    @BatchMapping(typeName = "Candidate")
    Map<CandidateProfile, List<ApplicationSummary>> applications(List<CandidateProfile> candidatesOfBatch) {
        return Batches.each(candidatesOfBatch, CandidateProfile::id, applications::applicationsOfCandidates);
    }

    @BatchMapping(typeName = APPLICATION)
    Map<ApplicationSummary, JobSummary> job(List<ApplicationSummary> cards) {
        return Batches.related(cards, ApplicationSummary::jobId, jobs::summaries);
    }

    @BatchMapping(typeName = APPLICATION)
    Map<ApplicationSummary, Stage> stage(List<ApplicationSummary> cards) {
        return Batches.related(cards, ApplicationSummary::stageId, stages::stages);
    }

    @BatchMapping(typeName = APPLICATION)
    Map<ApplicationSummary, List<StageVisit>> stageHistory(List<ApplicationSummary> cards) {
        return Batches.each(cards, ApplicationSummary::id, applications::stageHistories);
    }

    @BatchMapping(typeName = "StageVisit", field = "stage")
    Map<StageVisit, Stage> visitedStage(List<StageVisit> visits) {
        return Batches.related(visits, StageVisit::stageId, stages::stages);
    }

    @BatchMapping(typeName = "Job", field = "applications")
    Map<JobSummary, List<ApplicationSummary>> applicationsOfJobs(List<JobSummary> jobsOfBatch) {
        return Batches.each(jobsOfBatch, JobSummary::id, applications::applicationsOfJobs);
    }



    @Component
    static class ApplicationNodes implements NodeLoader {

        private final ApplicationService applications;

        ApplicationNodes(ApplicationService applications) {
            this.applications = applications;
        }

        @Override
        public String type() {
            return APPLICATION;
        }

        @Override
        public Class<?> javaType() {
            return ApplicationSummary.class;
        }

        @Override
        public Map<UUID, ?> load(Collection<UUID> ids) {
            return applications.findAll(ids);
        }
    }
}
