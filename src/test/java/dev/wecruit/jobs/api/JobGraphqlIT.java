package dev.wecruit.jobs.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.TestApi;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.context.WebApplicationContext;

/** Jobs and their stages through the GraphQL API: paged, filtered, found by id, created and changed. */
@IntegrationTest
class JobGraphqlIT {

    static final String JOB_FIELDS = """
            id title status version openedOn closedOn createdAt updatedAt location remotePolicy seniority
            salaryMin salaryCurrency fee { type percentage } requirements { text mustHave }
            company { name } stages { id name kind position }""";

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;

    TestFirms.CreatedFirm firm;
    HttpGraphQlTester viewer;
    HttpGraphQlTester recruiter;
    String prefix;
    UUID acme;
    UUID globex;
    JobDetails oldest;
    JobDetails middle;
    JobDetails newest;

    @BeforeEach
    void aFirmWithThreeJobsAtTwoCompanies() {
        firm = TestFirms.aFirm("Job Graph").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        prefix = "Planner " + UUID.randomUUID().toString().substring(0, 6) + " ";
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        acme = companies.create(TestCompanies.aCompany("Acme")).id();
        globex = companies.create(TestCompanies.aCompany("Globex")).id();
        oldest = jobs.create(job(acme, "Charlie", LocalDate.of(2026, 1, 5)));
        middle = jobs.create(job(globex, "Alpha", LocalDate.of(2026, 2, 5)));
        newest = jobs.create(TestJobs.withStatus(job(acme, "Bravo", LocalDate.of(2026, 3, 5)), JobStatus.ON_HOLD));
        SignedIn.out();
        viewer = TestApi.client(context, TestApi.keyOf(firm, Role.VIEWER, signIn, keys));
        recruiter = TestApi.client(context, TestApi.keyOf(firm, Role.RECRUITER, signIn, keys));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private dev.wecruit.jobs.JobDraft job(UUID companyId, String title, LocalDate openedOn) {
        return TestJobs.aJobAt(companyId).toBuilder().title(prefix + title).openedOn(openedOn).build();
    }

    @Test
    void jobs_come_most_recently_opened_first_a_page_at_a_time_with_their_company_stages_and_requirements() {
        var first = viewer.document("""
                query($prefix: String!) {
                  jobs(first: 2, filter: {title: {startsWith: $prefix}}) {
                    edges { node { %s } }
                    pageInfo { hasNextPage endCursor }
                  }
                }""".formatted(JOB_FIELDS)).variable("prefix", prefix).execute();
        first.path("jobs.edges[*].node.title").entityList(String.class)
                .containsExactly(prefix + "Bravo", prefix + "Alpha");
        first.path("jobs.edges[0].node.status").entity(String.class).isEqualTo("ON_HOLD")
                .path("jobs.edges[0].node.openedOn").entity(String.class).isEqualTo("2026-03-05")
                .path("jobs.edges[0].node.company.name").entity(String.class).isEqualTo("Acme")
                .path("jobs.edges[0].node.fee.type").entity(String.class).isEqualTo("PERCENTAGE")
                .path("jobs.edges[0].node.fee.percentage").entity(Double.class).isEqualTo(22.5)
                .path("jobs.edges[0].node.salaryMin").entity(Double.class).isEqualTo(65000.0)
                .path("jobs.edges[0].node.remotePolicy").entity(String.class).isEqualTo("HYBRID")
                .path("jobs.edges[0].node.requirements[*].text").entityList(String.class)
                .containsExactly("SAP APO", "S&OP", "Excel", "Dutch")
                .path("jobs.edges[0].node.requirements[3].mustHave").entity(Boolean.class).isEqualTo(false)
                .path("jobs.edges[0].node.stages[*].name").entityList(String.class)
                .containsExactly("Sourced", "Screening", "Submitted to client", "Client interview", "Offer", "Placed",
                        "Rejected")
                .path("jobs.edges[0].node.stages[5].kind").entity(String.class).isEqualTo("HIRED")
                .path("jobs.edges[0].node.id").entity(String.class).isEqualTo(GlobalId.of("Job", newest.id()));
        String after = first.path("jobs.pageInfo.endCursor").entity(String.class).get();

        viewer.document("""
                query($prefix: String!, $after: String) {
                  jobs(first: 2, after: $after, filter: {title: {startsWith: $prefix}}) {
                    edges { node { title } }
                    pageInfo { hasNextPage }
                  }
                }""").variable("prefix", prefix).variable("after", after).execute()
                .path("jobs.edges[*].node.title").entityList(String.class).containsExactly(prefix + "Charlie")
                .path("jobs.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void jobs_are_filtered_by_company_status_and_opening_day_and_ordered_by_title() {
        viewer.document("""
                query($prefix: String!, $acme: ID!) {
                  jobs(orderBy: {field: TITLE}, filter: {title: {startsWith: $prefix}, company: {eq: $acme},
                      status: {in: [OPEN, ON_HOLD]}}) { edges { node { title } } }
                }""").variable("prefix", prefix).variable("acme", GlobalId.of("Company", acme)).execute()
                .path("jobs.edges[*].node.title").entityList(String.class)
                .containsExactly(prefix + "Bravo", prefix + "Charlie");
        viewer.document("""
                query($prefix: String!) {
                  jobs(orderBy: {field: TITLE, direction: DESC}, filter: {and: [{title: {startsWith: $prefix}},
                      {openedOn: {from: "2026-02-01", before: "2026-03-06"}}, {not: {status: {eq: ON_HOLD}}}]}) {
                    edges { node { title } }
                  }
                }""").variable("prefix", prefix).execute()
                .path("jobs.edges[*].node.title").entityList(String.class).containsExactly(prefix + "Alpha");
    }

    @Test
    void a_company_lists_its_jobs_and_jobs_and_stages_are_found_by_global_id_but_not_another_firms() {
        String acmeId = GlobalId.of("Company", acme);
        viewer.document("query($id: ID!) { node(id: $id) { ... on Company { jobs { title } } } }")
                .variable("id", acmeId).execute()
                .path("node.jobs[*].title").entityList(String.class)
                .containsExactly(prefix + "Bravo", prefix + "Charlie");
        String jobId = GlobalId.of("Job", middle.id());
        String stageId = GlobalId.of("Stage", middle.stages().get(1).id());
        viewer.document("""
                query($ids: [ID!]!) {
                  nodes(ids: $ids) { id ... on Job { title } ... on Stage { name position job { title } } }
                }""").variable("ids", List.of(jobId, stageId)).execute()
                .path("nodes[0].title").entity(String.class).isEqualTo(prefix + "Alpha")
                .path("nodes[1].name").entity(String.class).isEqualTo("Screening")
                .path("nodes[1].position").entity(Integer.class).isEqualTo(1)
                .path("nodes[1].job.title").entity(String.class).isEqualTo(prefix + "Alpha");

        var other = TestFirms.aFirm("Other Job Graph").withMember(Role.ADMIN).create(accounts, organizations);
        var otherApi = TestApi.client(context, TestApi.keyOf(other, Role.RECRUITER, signIn, keys));
        otherApi.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }")
                .variable("ids", List.of(jobId, stageId)).execute()
                .path("nodes[0]").valueIsNull()
                .path("nodes[1]").valueIsNull();
        otherApi.document("query($prefix: String!) { jobs(filter: {title: {startsWith: $prefix}}) { edges { cursor } } }")
                .variable("prefix", prefix).execute()
                .path("jobs.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void a_recruiter_key_creates_a_job_with_its_stages_and_updates_it_with_the_version_it_read() {
        var created = recruiter.document("""
                mutation($input: JobInput!) { createJob(input: $input) { %s } }""".formatted(JOB_FIELDS))
                .variable("input", input(acme, "Delta")).execute();
        created.path("createJob.title").entity(String.class).isEqualTo(prefix + "Delta")
                .path("createJob.company.name").entity(String.class).isEqualTo("Acme")
                .path("createJob.fee.percentage").entity(Double.class).isEqualTo(20.0)
                .path("createJob.requirements[*].mustHave").entityList(Boolean.class).containsExactly(true, false)
                .path("createJob.stages").entityList(Object.class).hasSize(7)
                .path("createJob.openedOn").entity(String.class).isEqualTo("2026-04-01");
        String id = created.path("createJob.id").entity(String.class).get();
        int version = created.path("createJob.version").entity(Integer.class).get();

        Map<String, Object> changed = input(globex, "Delta Lead");
        changed.put("status", "FILLED");
        changed.put("closedOn", "2026-05-01");
        recruiter.document("""
                mutation($id: ID!, $version: Int!, $input: JobInput!) {
                  updateJob(id: $id, version: $version, input: $input) { title status closedOn version company { name } }
                }""").variable("id", id).variable("version", version).variable("input", changed).execute()
                .path("updateJob.title").entity(String.class).isEqualTo(prefix + "Delta Lead")
                .path("updateJob.status").entity(String.class).isEqualTo("FILLED")
                .path("updateJob.closedOn").entity(String.class).isEqualTo("2026-05-01")
                .path("updateJob.company.name").entity(String.class).isEqualTo("Globex")
                .path("updateJob.version").entity(Integer.class).isEqualTo(version + 1);
    }

    @Test
    void invalid_input_is_a_validation_error_per_field_and_saves_nothing() {
        long before = jobCount();
        assertThat(before).isEqualTo(3);
        Map<String, Object> blank = input(acme, "x");
        blank.put("title", " ");
        blank.put("salaryMin", 90000);
        blank.put("salaryMax", 80000);
        recruiter.document("mutation($input: JobInput!) { createJob(input: $input) { id } }")
                .variable("input", blank).execute()
                .errors().satisfy(ApiErrors.invalid("title", "salaryMax"));

        var other = TestFirms.aFirm("Other Job Co").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        UUID theirCompany = companies.create(TestCompanies.aCompany("Theirs")).id();
        SignedIn.out();
        recruiter.document("mutation($input: JobInput!) { createJob(input: $input) { id } }")
                .variable("input", input(theirCompany, "Theirs")).execute()
                .errors().satisfy(ApiErrors.invalid("companyId"));
        recruiter.document("mutation($input: JobInput!) { createJob(input: $input) { id } }")
                .variable("input", input(UUID.randomUUID(), "Nobody's")).execute()
                .errors().satisfy(ApiErrors.invalid("companyId"));
        Map<String, Object> notACompany = input(acme, "Wrong id");
        notACompany.put("companyId", GlobalId.of("Job", oldest.id()));
        recruiter.document("mutation($input: JobInput!) { createJob(input: $input) { id } }")
                .variable("input", notACompany).execute()
                .errors().satisfy(ApiErrors.invalid("companyId"));

        assertThat(jobCount()).isEqualTo(before);
    }

    @Test
    void a_stale_version_is_a_conflict_and_another_firms_job_is_not_found_and_neither_changes_anything() {
        recruiter.document("""
                mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, version: 99, input: $input) { id } }""")
                .variable("id", GlobalId.of("Job", oldest.id())).variable("input", input(acme, "Stale")).execute()
                .errors().satisfy(ApiErrors.one("CONFLICT"));

        var other = TestFirms.aFirm("Other Job Firm").withMember(Role.ADMIN).create(accounts, organizations);
        TestApi.client(context, TestApi.keyOf(other, Role.RECRUITER, signIn, keys)).document("""
                mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, version: 0, input: $input) { id } }""")
                .variable("id", GlobalId.of("Job", oldest.id())).variable("input", input(acme, "Theirs")).execute()
                .errors().satisfy(ApiErrors.one("NOT_FOUND"));

        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        JobDetails unchanged = jobs.get(oldest.id());
        assertThat(unchanged.title()).isEqualTo(prefix + "Charlie");
        assertThat(unchanged.version()).isEqualTo(oldest.version());
    }

    @Test
    void a_viewer_key_cannot_create_or_update_a_job() {
        long before = jobCount();
        assertThat(before).isEqualTo(3);
        viewer.document("mutation($input: JobInput!) { createJob(input: $input) { id } }")
                .variable("input", input(acme, "Viewer's")).execute()
                .errors().satisfy(ApiErrors.one("FORBIDDEN"));
        viewer.document("""
                mutation($id: ID!, $version: Int!, $input: JobInput!) {
                  updateJob(id: $id, version: $version, input: $input) { id }
                }""").variable("id", GlobalId.of("Job", oldest.id())).variable("version", oldest.version())
                .variable("input", input(acme, "Viewer's")).execute()
                .errors().satisfy(ApiErrors.one("FORBIDDEN"));
        assertThat(jobCount()).isEqualTo(before);
    }

    /** The firm's jobs, counted as its recruiter sees them. */
    private long jobCount() {
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        try {
            return jobs.count(List.of());
        } finally {
            SignedIn.out();
        }
    }

    private Map<String, Object> input(UUID companyId, String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", prefix + title);
        input.put("companyId", GlobalId.of("Company", companyId));
        input.put("skills", List.of("SAP APO"));
        input.put("niceToHave", List.of("Dutch"));
        input.put("location", "Rotterdam");
        input.put("remotePolicy", "HYBRID");
        input.put("fee", Map.of("type", "PERCENTAGE", "percentage", 20));
        input.put("status", "OPEN");
        input.put("openedOn", "2026-04-01");
        return input;
    }
}
