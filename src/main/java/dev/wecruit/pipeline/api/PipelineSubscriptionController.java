package dev.wecruit.pipeline.api;

import dev.wecruit.jobs.JobService;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.tenancy.CurrentTenant;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * {@code pipelineChanged(jobId)} ({@code pipeline-subscriptions.graphqls}): a job's moves and board changes, live,
 * from every node. The job is looked up first through {@link JobService}, as the credential's firm, so another
 * firm's job is {@code NOT_FOUND} exactly like one that does not exist, before anything is streamed.
 */
@Controller
class PipelineSubscriptionController {

    private final JobService jobs;
    private final CurrentTenant tenant;
    private final PipelineEvents events;

    PipelineSubscriptionController(JobService jobs, CurrentTenant tenant, PipelineEvents events) {
        this.jobs = jobs;
        this.tenant = tenant;
        this.events = events;
    }

    /**
     * The firm is taken here, where the socket's sign-in is set, and fixed for the stream: its events arrive on
     * other threads, which act for nobody.
     */
    @SubscriptionMapping
    Flux<PipelineEvent> pipelineChanged(@Argument String jobId) {
        UUID job = GlobalId.parse(jobId, PipelineEvent.JOB, "jobId");
        jobs.get(job);
        return events.of(tenant.requireMember().membership().tenantId(), job);
    }
}
