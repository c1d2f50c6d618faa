package dev.wecruit.activities.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityEntry;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.TestApi;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.jobs.api.ApiErrors;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.context.WebApplicationContext;

/** The firm's timeline through the GraphQL API: paged newest first, filtered by record and type, logged to. */
@IntegrationTest
class ActivityGraphqlIT {

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired CandidateService candidates;
    @Autowired ActivityService activities;

    TestFirms.CreatedFirm firm;
    HttpGraphQlTester viewer;
    HttpGraphQlTester recruiter;
    UUID company;
    UUID contact;
    UUID job;
    UUID candidate;
    ActivityEntry call;
    Instant now;

    @BeforeEach
    void aFirmWithANoteACallAndAMeeting() {
        firm = TestFirms.aFirm("Timeline Graph").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        company = companies.create(TestCompanies.aCompany("Acme")).id();
        contact = companies.createContact(TestCompanies.aContactAt(company, "Zoe", "Adams")).id();
        job = jobs.create(TestJobs.aJobAt(company)).id();
        candidate = candidates.create(TestCandidates.aCandidate().named("Ada", "Lovelace").draft()).id();
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        activities.log(new ActivityDraft(ActivityType.NOTE, null, "Keen on the role", now.minus(Duration.ofHours(3)),
                candidate, job, null, null));
        call = activities.log(new ActivityDraft(ActivityType.CALL, "Brief", "Talked through the shortlist",
                now.minus(Duration.ofHours(2)), null, job, null, contact));
        activities.log(new ActivityDraft(ActivityType.MEETING, "Quarterly", "Reviewed the account",
                now.minus(Duration.ofHours(1)), null, null, company, null));
        SignedIn.out();
        viewer = TestApi.client(context, TestApi.keyOf(firm, Role.VIEWER, signIn, keys));
        recruiter = TestApi.client(context, TestApi.keyOf(firm, Role.RECRUITER, signIn, keys));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void activities_come_newest_first_a_page_at_a_time_with_the_records_they_are_about() {
        var first = viewer.document("""
                {
                  activities(first: 2) {
                    edges { node { type subject body occurredAt authorId candidateId job { title } company { name }
                      contact { lastName } } }
                    pageInfo { hasNextPage endCursor }
                  }
                }""").execute();
        first.path("activities.edges[*].node.type").entityList(String.class).containsExactly("MEETING", "CALL")
                .path("activities.edges[0].node.company.name").entity(String.class).isEqualTo("Acme")
                .path("activities.edges[0].node.occurredAt").entity(String.class)
                .isEqualTo(now.minus(Duration.ofHours(1)).toString())
                .path("activities.edges[1].node.contact.lastName").entity(String.class).isEqualTo("Adams")
                .path("activities.edges[1].node.company.name").entity(String.class).isEqualTo("Acme")
                .path("activities.edges[1].node.job.title").entity(String.class)
                .isEqualTo("Senior Supply Chain Planner")
                .path("activities.edges[1].node.authorId").entity(String.class).satisfies(author ->
                        assertThat(GlobalId.parse(author, "author").type()).isEqualTo("Member"));
        String after = first.path("activities.pageInfo.endCursor").entity(String.class).get();
        viewer.document("""
                query($after: String) { activities(first: 5, after: $after) {
                  edges { node { type candidateId body } } pageInfo { hasNextPage } } }""")
                .variable("after", after).execute()
                .path("activities.edges[*].node.type").entityList(String.class).containsExactly("NOTE")
                .path("activities.edges[0].node.candidateId").entity(String.class)
                .isEqualTo(GlobalId.of("Candidate", candidate))
                .path("activities.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void activities_are_filtered_by_record_type_and_time_and_found_by_id_but_not_another_firms() {
        viewer.document("""
                query($job: ID!) { activities(orderBy: {field: OCCURRED_AT, direction: ASC}, filter: {job: {eq: $job}}) {
                  edges { node { type } } } }""").variable("job", GlobalId.of("Job", job)).execute()
                .path("activities.edges[*].node.type").entityList(String.class).containsExactly("NOTE", "CALL");
        viewer.document("""
                query($candidate: ID!, $from: DateTime!) { activities(filter: {or: [{candidate: {eq: $candidate}},
                    {and: [{type: {in: [MEETING, EMAIL]}}, {occurredAt: {from: $from}}]}]}) {
                  edges { node { type } } } }""").variable("candidate", GlobalId.of("Candidate", candidate))
                .variable("from", now.minus(Duration.ofMinutes(90)).toString()).execute()
                .path("activities.edges[*].node.type").entityList(String.class).containsExactly("MEETING", "NOTE");

        String id = GlobalId.of("Activity", call.id());
        viewer.document("query($id: ID!) { node(id: $id) { ... on Activity { subject } } }").variable("id", id)
                .execute().path("node.subject").entity(String.class).isEqualTo("Brief");
        var other = TestFirms.aFirm("Other Timeline").withMember(Role.ADMIN).create(accounts, organizations);
        var otherApi = TestApi.client(context, TestApi.keyOf(other, Role.RECRUITER, signIn, keys));
        otherApi.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute()
                .path("node").valueIsNull();
        otherApi.document("query($job: ID!) { activities(filter: {job: {eq: $job}}) { edges { cursor } } }")
                .variable("job", GlobalId.of("Job", job)).execute()
                .path("activities.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void a_recruiter_key_logs_a_call_about_a_candidate_and_a_job() {
        Map<String, Object> input = new HashMap<>();
        input.put("type", "CALL");
        input.put("body", "Second interview booked");
        input.put("candidateId", GlobalId.of("Candidate", candidate));
        input.put("jobId", GlobalId.of("Job", job));
        recruiter.document("""
                mutation($input: ActivityInput!) {
                  logActivity(input: $input) { id type body candidateId job { title } authorId occurredAt }
                }""").variable("input", input).execute()
                .path("logActivity.type").entity(String.class).isEqualTo("CALL")
                .path("logActivity.body").entity(String.class).isEqualTo("Second interview booked")
                .path("logActivity.candidateId").entity(String.class).isEqualTo(GlobalId.of("Candidate", candidate))
                .path("logActivity.job.title").entity(String.class).isEqualTo("Senior Supply Chain Planner")
                // a key acts for its firm, not for a member: nobody is named as the author
                .path("logActivity.authorId").valueIsNull();
        assertThat(activityCount()).isEqualTo(4);
    }

    @Test
    void an_activity_that_cannot_be_logged_is_a_typed_error_and_nothing_is_logged() {
        String log = "mutation($input: ActivityInput!) { logActivity(input: $input) { id } }";
        recruiter.document(log).variable("input", Map.of("type", "STAGE_CHANGE", "body", "Moved",
                "candidateId", GlobalId.of("Candidate", candidate))).execute()
                .errors().satisfy(ApiErrors.invalid("type"));
        recruiter.document(log).variable("input", Map.of("type", "NOTE", "body", " ")).execute()
                .errors().satisfy(ApiErrors.invalid("candidateId", "body"));
        recruiter.document(log).variable("input", Map.of("type", "NOTE", "body", "Later",
                "occurredAt", now.plus(Duration.ofDays(2)).toString(), "jobId", GlobalId.of("Job", job))).execute()
                .errors().satisfy(ApiErrors.invalid("occurredAt"));

        var other = TestFirms.aFirm("Other Loggers").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        UUID theirJob = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany("Theirs")).id())).id();
        SignedIn.out();
        recruiter.document(log).variable("input", Map.of("type", "NOTE", "body", "Theirs",
                "jobId", GlobalId.of("Job", theirJob))).execute()
                .errors().satisfy(ApiErrors.invalid("jobId"));
        viewer.document(log).variable("input", Map.of("type", "NOTE", "body", "Viewer's",
                "jobId", GlobalId.of("Job", job))).execute()
                .errors().satisfy(ApiErrors.one("FORBIDDEN"));

        assertThat(activityCount()).isEqualTo(3);
    }

    private long activityCount() {
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        try {
            return activities.countOnDays(LocalDate.EPOCH, LocalDate.now().plusDays(2));
        } finally {
            SignedIn.out();
        }
    }
}
