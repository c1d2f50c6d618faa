package dev.wecruit.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.api.ApiKeyService;
import dev.wecruit.api.TestApi;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.api.ApiErrors;
import dev.wecruit.matching.MatchingFirm;
import dev.wecruit.matching.internal.MatchIndexing;
import dev.wecruit.platform.graphql.GlobalId;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.context.WebApplicationContext;

/** A job's best matches through the GraphQL API, with the evidence behind each, as the job page shows them. */
@IntegrationTest
class MatchGraphqlIT {

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired MatchIndexing indexing;

    TestFirms.CreatedFirm firm;
    HttpGraphQlTester viewer;
    UUID payroll;
    UUID nurse;
    String jobId;

    @BeforeEach
    void aPayrollJobAPayrollOfficerAndANurse() {
        firm = TestFirms.aFirm("Match Graph").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        payroll = candidates.create(MatchingFirm.candidate("Amrita", "Kaur", "Payroll Officer", "Northgate Foods",
                "Leeds", List.of("Sage 50 Payroll", "RTI"), new WorkExperience("Payroll Officer", "Northgate Foods",
                        2019, null, "Monthly payroll for 900 staff."))).id();
        documents.attach(payroll, "amrita-kaur-cv.txt", MatchingFirm.PAYROLL_CV.getBytes(StandardCharsets.UTF_8));
        nurse = candidates.create(MatchingFirm.candidate("Grace", "Adeyemi", "Staff Nurse", "St James's Hospital",
                "Leeds", List.of("Triage", "Patient care"), new WorkExperience("Staff Nurse", "St James's Hospital",
                        2018, null, "Acute medical ward, triage and discharge planning."))).id();
        UUID company = companies.create(TestCompanies.aCompany()).id();
        jobId = GlobalId.of("Job", jobs.create(MatchingFirm.payrollJob(company)).id());
        indexing.indexStaleNow(100);
        SignedIn.out();
        viewer = TestApi.client(context, TestApi.keyOf(firm, Role.VIEWER, signIn, keys));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void the_payroll_officer_comes_first_with_each_requirement_met_or_missing_and_the_words_that_show_it() {
        var response = viewer.document("""
                query($id: ID!) { node(id: $id) { ... on Job { matches(first: 2) {
                  candidateId score retrieval coverage rationale verdict
                  evidence { requirement { text mustHave } coverage quote }
                } } } }""").variable("id", jobId).execute();
        response.path("node.matches[*].candidateId").entityList(String.class)
                .containsExactly(GlobalId.of("Candidate", payroll), GlobalId.of("Candidate", nurse))
                .path("node.matches[0].evidence[0].requirement.text").entity(String.class)
                .isEqualTo("Sage 50 Payroll")
                .path("node.matches[0].evidence[0].requirement.mustHave").entity(Boolean.class).isEqualTo(true)
                .path("node.matches[0].evidence[0].coverage").entity(String.class).isEqualTo("MET")
                .path("node.matches[0].evidence[0].quote").entity(String.class)
                .satisfies(quote -> assertThat(quote).containsIgnoringCase("Sage 50"))
                .path("node.matches[0].verdict").valueIsNull();
        double best = response.path("node.matches[0].score").entity(Double.class).get();
        double second = response.path("node.matches[1].score").entity(Double.class).get();
        assertThat(best).isBetween(0.0, 1.0).isGreaterThan(second);
        response.path("node.matches[1].evidence[*].coverage").entityList(String.class).contains("MISSING");
    }

    @Test
    void more_matches_than_a_page_or_none_at_all_is_a_bad_request() {
        for (int first : new int[] {0, 101}) {
            viewer.document("query($id: ID!, $first: Int) { node(id: $id) { ... on Job { matches(first: $first) { "
                    + "score } } } }").variables(Map.of("id", jobId, "first", first)).execute()
                    .errors().satisfy(ApiErrors.one("BAD_REQUEST"));
        }
    }

    @Test
    void another_firm_sees_no_job_and_so_no_matches() {
        var other = TestFirms.aFirm("Other Match").withMember(Role.ADMIN).create(accounts, organizations);
        TestApi.client(context, TestApi.keyOf(other, Role.VIEWER, signIn, keys))
                .document("query($id: ID!) { node(id: $id) { ... on Job { matches { score } } } }")
                .variable("id", jobId).execute().path("node").valueIsNull();
    }
}
