package dev.wecruit.activities.api;

import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.activities.ActivityField;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.candidates.CandidateProfile;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.companies.ContactDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobSummary;
import dev.wecruit.platform.graphql.Batches;
import dev.wecruit.platform.graphql.FilterInputs;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.platform.graphql.NodeLoader;
import dev.wecruit.platform.graphql.Paging;
import dev.wecruit.shared.RecordFilter;
import java.time.Instant;
import java.util.Collection;
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
 * The firm's activities in the API ({@code activities.graphqls}): paged by keyset over the whole firm's timeline,
 * logged through {@link ActivityService} with the same checks as "Log a call". The candidate is given by global id
 * only, so that this module's schema needs no Candidate type.
 */
@Controller
class ActivityGraphqlController {

    static final String ACTIVITY = "Activity";

    private static final FilterInputs<ActivityField> FILTERS = FilterInputs.of(ActivityField.class)
            .choice("type", ActivityField.TYPE, ActivityType.class)
            .time("occurredAt", ActivityField.OCCURRED_AT)
            .id("candidate", ActivityField.CANDIDATE, "Candidate")
            .id("job", ActivityField.JOB, "Job")
            .id("company", ActivityField.COMPANY, "Company")
            .id("contact", ActivityField.CONTACT, "Contact");
    private static final RecordFilter.Order<ActivityField> NEWEST_FIRST = new RecordFilter.Order<>(
            ActivityField.OCCURRED_AT, false);

    private final ActivityService activities;
    private final JobService jobs;
    private final CompanyService companies;
    private final CandidateService candidates;
    private final Paging paging;

    ActivityGraphqlController(ActivityService activities, JobService jobs, CompanyService companies,
            CandidateService candidates, Paging paging) {
        this.activities = activities;
        this.candidates = candidates;
        this.jobs = jobs;
        this.companies = companies;
        this.paging = paging;
    }

    @QueryMapping
    Window<ActivityEntry> activities(ScrollSubrange subrange, @Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy) {
        return activities.scroll(FILTERS.parse(filter), FILTERS.order(orderBy, NEWEST_FIRST),
                paging.position(subrange), paging.size(subrange));
    }

    @MutationMapping
    ActivityEntry logActivity(@Argument ActivityInput input) {
        return activities.log(input.draft());
    }

    @SchemaMapping(typeName = ACTIVITY)
    String id(ActivityEntry activity) {
        return GlobalId.of(ACTIVITY, activity.id());
    }

    @SchemaMapping(typeName = ACTIVITY)
    String authorId(ActivityEntry activity) {
        return activity.actorId() == null ? null : GlobalId.of("Member", activity.actorId());
    }

    @SchemaMapping(typeName = ACTIVITY)
    String candidateId(ActivityEntry activity) {
        return activity.candidateId() == null ? null : GlobalId.of("Candidate", activity.candidateId());
    }

    @BatchMapping(typeName = ACTIVITY)
    Map<ActivityEntry, CandidateProfile> candidate(List<ActivityEntry> batch) {
        return Batches.related(batch, ActivityEntry::candidateId, candidates::profiles);
    }

    @BatchMapping(typeName = ACTIVITY)
    Map<ActivityEntry, JobSummary> job(List<ActivityEntry> batch) {
        return Batches.related(batch, ActivityEntry::jobId, jobs::summaries);
    }

    @BatchMapping(typeName = ACTIVITY)
    Map<ActivityEntry, CompanySummary> company(List<ActivityEntry> batch) {
        return Batches.related(batch, ActivityEntry::companyId, companies::findAll);
    }

    @BatchMapping(typeName = ACTIVITY)
    Map<ActivityEntry, ContactDetails> contact(List<ActivityEntry> batch) {
        return Batches.related(batch, ActivityEntry::contactId, companies::findContacts);
    }


    /** The {@code ActivityInput} as sent: global ids, turned into the draft the service checks. */
    record ActivityInput(ActivityType type, String subject, String body, Instant occurredAt, String candidateId,
            String jobId, String companyId, String contactId) {

        ActivityDraft draft() {
            return new ActivityDraft(type, subject, body, occurredAt, id(candidateId, "Candidate", "candidateId"),
                    id(jobId, "Job", "jobId"), id(companyId, "Company", "companyId"),
                    id(contactId, "Contact", "contactId"));
        }

        private static UUID id(String globalId, String type, String field) {
            return globalId == null ? null : GlobalId.parse(globalId, type, field);
        }
    }

    @Component
    static class ActivityNodes implements NodeLoader {

        private final ActivityService activities;

        ActivityNodes(ActivityService activities) {
            this.activities = activities;
        }

        @Override
        public String type() {
            return ACTIVITY;
        }

        @Override
        public Class<?> javaType() {
            return ActivityEntry.class;
        }

        @Override
        public Map<UUID, ?> load(Collection<UUID> ids) {
            return activities.findAll(ids);
        }
    }
}
