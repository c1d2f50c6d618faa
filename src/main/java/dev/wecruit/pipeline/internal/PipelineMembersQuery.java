package dev.wecruit.pipeline.internal;

import dev.wecruit.candidates.PipelineMembers;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the candidate list's "in a job's pipeline" filter from the job's applications. */
@Component
@Transactional(readOnly = true)
class PipelineMembersQuery implements PipelineMembers {

    private final ApplicationRepository applications;

    PipelineMembersQuery(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public Set<UUID> candidatesInPipelineOf(UUID jobId) {
        return jobId == null ? Set.of() : new HashSet<>(applications.findCandidateIdsByJobId(jobId));
    }
}
