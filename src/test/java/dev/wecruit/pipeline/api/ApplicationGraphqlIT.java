package dev.wecruit.pipeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.TestApi;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.jobs.api.ApiErrors;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.context.WebApplicationContext;

/** A job's pipeline through the GraphQL API: its cards read, candidates added, cards moved, as on the board. */
@IntegrationTest
class ApplicationGraphqlIT {

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired CandidateService candidates;
    @Autowired ApplicationService applications;

    TestFirms.CreatedFirm firm;
    HttpGraphQlTester viewer;
    HttpGraphQlTester recruiter;
    JobDetails job;
    UUID ada;
    UUID ben;
    UUID cleo;
    ApplicationSummary adas;

    @BeforeEach
    void aJobWithAdaInItsPipelineAndBenAndCleoNotYet() {
        firm = TestFirms.aFirm("Pipeline Graph").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        job = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany("Acme")).id()));
        ada = candidates.create(TestCandidates.aCandidate().named("Ada", "Lovelace").draft()).id();
        ben = candidates.create(TestCandidates.aCandidate().named("Ben", "Okri").draft()).id();
        cleo = candidates.create(TestCandidates.aCandidate().named("Cleo", "Park").draft()).id();
        adas = applications.add(ada, job.id());
        SignedIn.out();
        viewer = TestApi.client(context, TestApi.keyOf(firm, Role.VIEWER, signIn, keys));
        recruiter = TestApi.client(context, TestApi.keyOf(firm, Role.RECRUITER, signIn, keys));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void a_jobs_cards_come_with_their_stage_job_candidate_id_and_history_and_a_card_is_found_by_its_id() {
        String jobId = GlobalId.of("Job", job.id());
        viewer.document("""
                query($id: ID!) {
                  node(id: $id) { ... on Job { applications {
                    id candidateId position version stageEnteredAt rejectionReason
                    stage { name kind } job { id } stageHistory { stageName enteredAt exitedAt stage { name } }
                  } } }
                }""").variable("id", jobId).execute()
                .path("node.applications[0].candidateId").entity(String.class)
                .isEqualTo(GlobalId.of("Candidate", ada))
                .path("node.applications[0].stage.name").entity(String.class).isEqualTo("Sourced")
                .path("node.applications[0].job.id").entity(String.class).isEqualTo(jobId)
                .path("node.applications[0].position").entity(Integer.class).isEqualTo(0)
                .path("node.applications[0].rejectionReason").valueIsNull()
                .path("node.applications[0].stageHistory[*].stageName").entityList(String.class)
                .containsExactly("Sourced")
                .path("node.applications[0].stageHistory[0].stage.name").entity(String.class).isEqualTo("Sourced")
                .path("node.applications[0].stageHistory[0].exitedAt").valueIsNull();

        String id = GlobalId.of("Application", adas.id());
        viewer.document("query($id: ID!) { node(id: $id) { id ... on Application { stage { name } } } }")
                .variable("id", id).execute()
                .path("node.stage.name").entity(String.class).isEqualTo("Sourced");
        var other = TestFirms.aFirm("Other Pipeline").withMember(Role.ADMIN).create(accounts, organizations);
        TestApi.client(context, TestApi.keyOf(other, Role.RECRUITER, signIn, keys))
                .document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute()
                .path("node").valueIsNull();
    }

    @Test
    void candidates_are_added_to_the_jobs_first_stage_in_the_order_given() {
        recruiter.document("""
                mutation($job: ID!, $candidates: [ID!]!) {
                  addCandidatesToJob(jobId: $job, candidateIds: $candidates) { candidateId position stage { name } }
                }""").variable("job", GlobalId.of("Job", job.id()))
                .variable("candidates", List.of(GlobalId.of("Candidate", cleo), GlobalId.of("Candidate", ben)))
                .execute()
                .path("addCandidatesToJob[*].candidateId").entityList(String.class)
                .containsExactly(GlobalId.of("Candidate", cleo), GlobalId.of("Candidate", ben))
                .path("addCandidatesToJob[*].position").entityList(Integer.class).containsExactly(1, 2)
                .path("addCandidatesToJob[*].stage.name").entityList(String.class).containsExactly("Sourced", "Sourced");
        assertThat(cards()).hasSize(3);
    }

    @Test
    void adding_a_candidate_already_in_the_pipeline_another_firms_candidate_or_job_adds_no_one() {
        String jobId = GlobalId.of("Job", job.id());
        String add = """
                mutation($job: ID!, $candidates: [ID!]!) {
                  addCandidatesToJob(jobId: $job, candidateIds: $candidates) { id }
                }""";
        recruiter.document(add).variable("job", jobId)
                .variable("candidates", List.of(GlobalId.of("Candidate", ben), GlobalId.of("Candidate", ada)))
                .execute().errors().satisfy(ApiErrors.invalid("candidateIds"));

        var other = TestFirms.aFirm("Other Pipeline Firm").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        UUID theirCandidate = candidates.create(TestCandidates.aCandidate().named("Zed", "Other").draft()).id();
        UUID theirJob = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany("Theirs")).id())).id();
        SignedIn.out();
        recruiter.document(add).variable("job", jobId)
                .variable("candidates", List.of(GlobalId.of("Candidate", ben), GlobalId.of("Candidate", theirCandidate)))
                .execute().errors().satisfy(ApiErrors.invalid("candidateIds"));
        recruiter.document(add).variable("job", GlobalId.of("Job", theirJob))
                .variable("candidates", List.of(GlobalId.of("Candidate", ben))).execute()
                .errors().satisfy(ApiErrors.one("NOT_FOUND"));
        recruiter.document(add).variable("job", GlobalId.of("Candidate", ben))
                .variable("candidates", List.of(GlobalId.of("Candidate", ben))).execute()
                .errors().satisfy(ApiErrors.invalid("jobId"));

        assertThat(cards()).extracting(ApplicationSummary::candidateId).containsExactly(ada);
    }

    @Test
    void a_card_moves_to_another_stage_and_place_with_the_version_it_was_read_at() {
        Stage screening = job.stages().get(1);
        recruiter.document("""
                mutation($id: ID!, $version: Int!, $stage: ID!) {
                  moveApplication(id: $id, version: $version, stage: $stage, position: 5) {
                    position version stage { name } stageHistory { stageName exitedAt }
                  }
                }""").variable("id", GlobalId.of("Application", adas.id())).variable("version", adas.version())
                .variable("stage", GlobalId.of("Stage", screening.id())).execute()
                .path("moveApplication.stage.name").entity(String.class).isEqualTo("Screening")
                .path("moveApplication.position").entity(Integer.class).isEqualTo(0)
                .path("moveApplication.version").entity(Integer.class).isEqualTo((int) adas.version() + 1)
                .path("moveApplication.stageHistory[*].stageName").entityList(String.class)
                .containsExactly("Sourced", "Screening")
                .path("moveApplication.stageHistory[1].exitedAt").valueIsNull();
    }

    @Test
    void a_stale_move_is_a_conflict_a_rejection_needs_a_reason_and_another_firms_card_is_not_found() {
        String move = """
                mutation($id: ID!, $version: Int!, $stage: ID!) {
                  moveApplication(id: $id, version: $version, stage: $stage, position: 0) { id }
                }""";
        String id = GlobalId.of("Application", adas.id());
        recruiter.document(move).variable("id", id).variable("version", adas.version() + 1)
                .variable("stage", GlobalId.of("Stage", job.stages().get(1).id())).execute()
                .errors().satisfy(ApiErrors.one("CONFLICT"));
        recruiter.document(move).variable("id", id).variable("version", adas.version())
                .variable("stage", GlobalId.of("Stage", job.stages().getLast().id())).execute()
                .errors().satisfy(ApiErrors.invalid("rejectionReason"));

        var other = TestFirms.aFirm("Other Mover").withMember(Role.ADMIN).create(accounts, organizations);
        TestApi.client(context, TestApi.keyOf(other, Role.RECRUITER, signIn, keys)).document(move)
                .variable("id", id).variable("version", adas.version())
                .variable("stage", GlobalId.of("Stage", job.stages().get(1).id())).execute()
                .errors().satisfy(ApiErrors.one("NOT_FOUND"));

        assertThat(cards()).singleElement().satisfies(card -> {
            assertThat(card.stageId()).isEqualTo(job.stages().getFirst().id());
            assertThat(card.version()).isEqualTo(adas.version());
        });
    }

    @Test
    void a_viewer_key_can_neither_add_nor_move() {
        viewer.document("""
                mutation($job: ID!, $candidates: [ID!]!) {
                  addCandidatesToJob(jobId: $job, candidateIds: $candidates) { id }
                }""").variable("job", GlobalId.of("Job", job.id()))
                .variable("candidates", List.of(GlobalId.of("Candidate", ben))).execute()
                .errors().satisfy(ApiErrors.one("FORBIDDEN"));
        viewer.document("""
                mutation($id: ID!, $version: Int!, $stage: ID!) {
                  moveApplication(id: $id, version: $version, stage: $stage, position: 0) { id }
                }""").variable("id", GlobalId.of("Application", adas.id())).variable("version", adas.version())
                .variable("stage", GlobalId.of("Stage", job.stages().get(1).id())).execute()
                .errors().satisfy(ApiErrors.one("FORBIDDEN"));
        assertThat(cards()).singleElement().satisfies(card -> assertThat(card.version()).isEqualTo(adas.version()));
    }

    @Test
    void the_applications_of_many_candidates_come_in_one_call() {
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        applications.add(ben, job.id());
        Map<UUID, List<ApplicationSummary>> found = applications.applicationsOfCandidates(List.of(ada, ben, cleo));
        assertThat(found.get(ada)).extracting(ApplicationSummary::jobId).containsExactly(job.id());
        assertThat(found.get(ben)).hasSize(1);
        assertThat(found).doesNotContainKey(cleo);
    }

    private List<ApplicationSummary> cards() {
        return asRecruiter(() -> applications.applicationsOf(job.id()));
    }

    private <T> T asRecruiter(Supplier<T> read) {
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        try {
            return read.get();
        } finally {
            SignedIn.out();
        }
    }
}
