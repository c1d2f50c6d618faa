package dev.wecruit.jobs.api;

import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.jobs.JobField;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.JobSummary;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageService;
import dev.wecruit.platform.graphql.Batches;
import dev.wecruit.platform.graphql.FilterInputs;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.platform.graphql.NodeLoader;
import dev.wecruit.platform.graphql.Paging;
import dev.wecruit.shared.RecordFilter;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.api.Owners;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

/**
 * Jobs and their stages in the API ({@code jobs.graphqls}), read and written through {@link JobService} and
 * {@link StageService}; a company's jobs too, since jobs know companies and not the other way round. Every related
 * record is read for the whole batch at once.
 */
@Controller
class JobGraphqlController {

    static final String JOB = "Job";
    static final String STAGE = "Stage";

    private static final FilterInputs<JobField> FILTERS = FilterInputs.of(JobField.class)
            .text("title", JobField.TITLE)
            .choice("status", JobField.STATUS, JobStatus.class)
            .id("company", JobField.COMPANY, "Company")
            .id("owner", JobField.OWNER, "Member")
            .text("location", JobField.LOCATION)
            .date("openedOn", JobField.OPENED_ON)
            .time("createdAt", JobField.CREATED_AT)
            .time("updatedAt", JobField.UPDATED_AT);
    private static final RecordFilter.Order<JobField> NEWEST_FIRST = new RecordFilter.Order<>(JobField.OPENED_ON,
            false);

    private final JobService jobs;
    private final StageService stages;
    private final CompanyService companies;
    private final Paging paging;
    private final Owners owners;

    JobGraphqlController(JobService jobs, StageService stages, CompanyService companies, Paging paging,
            Owners owners) {
        this.owners = owners;
        this.jobs = jobs;
        this.stages = stages;
        this.companies = companies;
        this.paging = paging;
    }

    @QueryMapping
    Window<JobSummary> jobs(ScrollSubrange subrange, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy) {
        return jobs.scroll(FILTERS.parse(filter), FILTERS.order(orderBy, NEWEST_FIRST), paging.position(subrange),
                paging.size(subrange));
    }

    @MutationMapping
    JobSummary createJob(@Argument JobInput input) {
        UUID id = jobs.create(input.draft()).id();
        return summary(id);
    }

    @MutationMapping
    JobSummary updateJob(@Argument String id, @Argument long version, @Argument JobInput input) {
        UUID jobId = GlobalId.parse(id, JOB, "id");
        jobs.update(jobId, version, input.draft());
        return summary(jobId);
    }

    /** The job as the API shows it, with its creation time, which the service's details leave out. */
    private JobSummary summary(UUID id) {
        return jobs.summaries(List.of(id)).get(id);
    }

    @SchemaMapping(typeName = JOB)
    String id(JobSummary job) {
        return GlobalId.of(JOB, job.id());
    }

    @BatchMapping(typeName = JOB)
    Map<JobSummary, MemberSummary> owner(List<JobSummary> jobsOfBatch) {
        return owners.of(jobsOfBatch, JobSummary::ownerId);
    }

    @BatchMapping(typeName = JOB)
    Map<JobSummary, CompanySummary> company(List<JobSummary> jobsOfBatch) {
        return Batches.related(jobsOfBatch, JobSummary::companyId, companies::findAll);
    }

    @BatchMapping(typeName = JOB)
    Map<JobSummary, ContactDetails> hiringManager(List<JobSummary> jobsOfBatch) {
        return Batches.related(jobsOfBatch, JobSummary::hiringManagerId, companies::findContacts);
    }

    @BatchMapping(typeName = JOB)
    Map<JobSummary, List<Stage>> stages(List<JobSummary> jobsOfBatch) {
        Map<UUID, List<Stage>> found = stages.stagesOf(jobsOfBatch.stream().map(JobSummary::id).toList());
        Map<JobSummary, List<Stage>> result = new HashMap<>();
        jobsOfBatch.forEach(job -> result.put(job, found.getOrDefault(job.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Company")
    Map<CompanySummary, List<JobSummary>> jobs(List<CompanySummary> companiesOfBatch) {
        Map<UUID, List<JobSummary>> found = jobs.jobsOfCompanies(companiesOfBatch.stream().map(CompanySummary::id)
                .toList());
        Map<CompanySummary, List<JobSummary>> result = new HashMap<>();
        companiesOfBatch.forEach(company -> result.put(company, found.getOrDefault(company.id(), List.of())));
        return result;
    }

    @SchemaMapping(typeName = STAGE)
    String id(Stage stage) {
        return GlobalId.of(STAGE, stage.id());
    }

    @BatchMapping(typeName = STAGE)
    Map<Stage, JobSummary> job(List<Stage> stagesOfBatch) {
        return Batches.related(stagesOfBatch, Stage::jobId, jobs::summaries);
    }


    @Component
    static class JobNodes implements NodeLoader {

        private final JobService jobs;

        JobNodes(JobService jobs) {
            this.jobs = jobs;
        }

        @Override
        public String type() {
            return JOB;
        }

        @Override
        public Class<?> javaType() {
            return JobSummary.class;
        }

        @Override
        public Map<UUID, ?> load(Collection<UUID> ids) {
            return jobs.summaries(ids);
        }
    }

    @Component
    static class StageNodes implements NodeLoader {

        private final StageService stages;

        StageNodes(StageService stages) {
            this.stages = stages;
        }

        @Override
        public String type() {
            return STAGE;
        }

        @Override
        public Class<?> javaType() {
            return Stage.class;
        }

        @Override
        public Map<UUID, ?> load(Collection<UUID> ids) {
            return stages.stages(ids);
        }
    }
}
