package dev.wecruit.pipeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.StatementCounter;
import dev.wecruit.TestFirms;
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
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.context.WebApplicationContext;

/**
 * Related records come a batch at a time, never one query per record: a page of jobs with each job's applications,
 * each application's stage, job and the job's company costs one SELECT per level of records, however many records
 * each level has; so does a page of candidates with their owners, applications, jobs and companies.
 *
 * <p>How it is measured: {@link StatementCounter} wraps the data source and records every statement prepared on a
 * pooled connection while the request runs (JPA, native and JdbcTemplate alike), on any thread. The request's are
 * those sent for the test firm and those on the test's own thread, which MockMvc runs the request on: the servlet
 * filters (the API key's sign-in, before any firm is known) and every data fetcher, which run on the request's
 * thread (decision 0028), none on a thread of its own. Background work shares the pool but runs on other threads
 * for no firm or another one, so it is not counted.
 *
 * <p>What is sent for {@code jobs(first: 50) { edges { node { applications { stage { name } job { company { name
 * } } } } } }} over 12 jobs, 30 applications and 3 companies (graphql-java's depth of that query is 7), exactly:
 * <ul>
 * <li>one SELECT per level of records: the page of jobs, their applications, the applications' stages, the
 * applications' jobs, those jobs' companies: 5, which is at most 1 + depth whatever the page's size;</li>
 * <li>one {@code set_config('app.tenant_id', ...)} before each of them: each level is read by its own call of a
 * service, so in its own read-only transaction, which {@code TenantAwareJpaTransactionManager} starts by naming
 * the firm for row-level security: 5 more;</li>
 * <li>the API key's sign-in on the test thread, the same for every request whatever it asks: 1 SELECT of the key
 * (a key's first use in a minute also records the use: that request is left out);</li>
 * </ul>
 * So 11 in all: 1 + 2 per level of records. The SELECTs (5) are within the 1 + depth (8); the statements
 * are not, because each level's transaction names the firm first. One transaction per query would make it
 * 1 + 1 + levels; measured, it did not make the requests faster (decision 0028).
 */
@IntegrationTest
@Import(StatementCounter.Configuration.class)
class NoNPlusOneIT {

    @Autowired WebApplicationContext context;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApiKeyService keys;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired CandidateService candidates;
    @Autowired ApplicationService applications;
    @Autowired StatementCounter statements;
    @Autowired CurrentTenant currentTenant;

    TestFirms.CreatedFirm firm;
    HttpGraphQlTester api;
    String prefix;

    @BeforeEach
    void aFirmWithTwelveJobsAtThreeCompaniesAndTenCandidatesInThreeJobsEach() {
        firm = TestFirms.aFirm("Batch Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        prefix = "Planner " + UUID.randomUUID().toString().substring(0, 6) + " ";
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        List<UUID> jobIds = new ArrayList<>();
        for (int company = 0; company < 3; company++) {
            UUID companyId = companies.create(TestCompanies.aCompany("Client " + company)).id();
            for (int job = 0; job < 4; job++) {
                jobIds.add(jobs.create(TestJobs.aJobAt(companyId).toBuilder().title(prefix + company + job).build())
                        .id());
            }
        }
        UUID recruiter = currentTenant.currentMemberId().orElseThrow();
        for (int candidate = 0; candidate < 10; candidate++) {
            UUID candidateId = candidates.create(TestCandidates.aCandidate().named("Dana", "Batch" + candidate)
                    .ownedBy(recruiter).draft()).id();
            for (int job = 0; job < 3; job++) {
                applications.add(candidateId, jobIds.get((candidate + job * 4) % jobIds.size()));
            }
        }
        SignedIn.out();
        api = TestApi.client(context, TestApi.keyOf(firm, Role.VIEWER, signIn, keys));
    }

    @Test
    void a_page_of_jobs_with_applications_their_stages_jobs_and_companies_costs_one_select_per_level() {
        ask(); // the key's first use is recorded (once a minute at most): not what this test measures
        Thread test = Thread.currentThread();
        List<StatementCounter.Statement> sent = statements.during(this::ask,
                statement -> statement.tenantId().equals(Optional.of(firm.id())) || statement.thread() == test);

        assertThat(sent).as("every statement of the request, the data fetchers' too, on the request's thread")
                .allSatisfy(statement -> assertThat(statement.thread()).isSameAs(test));
        List<StatementCounter.Statement> signIn = sent.stream()
                .filter(statement -> statement.sql().contains("api_key_by_hash")).toList();
        List<StatementCounter.Statement> execution = sent.stream()
                .filter(statement -> !statement.sql().contains("api_key_by_hash")).toList();
        List<String> selects = execution.stream().filter(statement -> !statement.setsTenant())
                .map(StatementCounter.Statement::sql).toList();
        assertThat(selects).as("one SELECT per level of records").hasSize(5)
                .allSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("select"))
                .anySatisfy(sql -> assertThat(sql).contains(" from jobs ").contains("fetch first"))
                .anySatisfy(sql -> assertThat(sql).contains(" from applications ").contains("job_id in"))
                .anySatisfy(sql -> assertThat(sql).contains(" from job_stages ").contains("id in"))
                .anySatisfy(sql -> assertThat(sql).contains(" from jobs ").contains("id in"))
                .anySatisfy(sql -> assertThat(sql).contains(" from companies ").contains("id in"));
        assertThat(execution).as("a set_config for each level's transaction, then its SELECT").hasSize(10)
                .filteredOn(StatementCounter.Statement::setsTenant).hasSize(5);
        assertThat(signIn).as("the key's sign-in").singleElement()
                .satisfies(statement -> assertThat(statement.sql()).contains("api_key_by_hash"));
        assertThat(sent).as("everything the request sent").hasSize(11);
    }

    /**
     * The issue's own example, over candidates: each candidate's owner, applications, each application's job and
     * the job's company (graphql-java's depth 7, so 1 + depth is 8). The SELECTs, whatever the page's size: the
     * candidate list's two (the rows with a last activity, then those without, as the app's list reads them), the
     * owners' two (members, then their accounts' names, which auth keeps), and one each for the applications, their
     * jobs and the jobs' companies: 7. Besides, the list's walk switches the planner's settings around each of its
     * SELECTs (four plain {@code set local} statements), and each service call's transaction names the firm.
     */
    @Test
    void a_page_of_candidates_with_owners_applications_jobs_and_companies_costs_one_select_per_level() {
        askForCandidates();
        Thread test = Thread.currentThread();
        List<StatementCounter.Statement> execution = statements.during(this::askForCandidates,
                statement -> statement.tenantId().equals(Optional.of(firm.id())));
        assertThat(execution).as("on the request's thread")
                .allSatisfy(statement -> assertThat(statement.thread()).isSameAs(test));
        List<String> selects = execution.stream().filter(statement -> !statement.setsTenant())
                .map(StatementCounter.Statement::sql).filter(sql -> !sql.equals("(a plain statement)")).toList();
        assertThat(selects).as("SELECTs by level: candidates 2, owners 2, applications, jobs, companies")
                .hasSize(7)
                .filteredOn(sql -> sql.startsWith("select")).hasSize(7)
                .anySatisfy(sql -> assertThat(sql).contains(" from members ").contains("id in"))
                .anySatisfy(sql -> assertThat(sql).contains(" from applications ").contains("candidate_id in"))
                .anySatisfy(sql -> assertThat(sql).contains(" from companies ").contains("id in"));
    }

    private void askForCandidates() {
        api.document("""
                {
                  candidates(first: 50) {
                    edges { node { lastName owner { name } applications { job { title company { name } } } } }
                  }
                }""").execute()
                .path("candidates.edges").entityList(Object.class).hasSize(10)
                .path("candidates.edges[*].node.applications[*]").entityList(Object.class).hasSize(30)
                .path("candidates.edges[0].node.applications[0].job.company.name").entity(String.class)
                .satisfies(name -> assertThat(name).startsWith("Client "));
    }

    private void ask() {
        api.document("""
                query($prefix: String!) {
                  jobs(first: 50, filter: {title: {startsWith: $prefix}}) {
                    edges { node { title applications { stage { name } job { company { name } } } } }
                  }
                }""").variable("prefix", prefix).execute()
                .path("jobs.edges").entityList(Object.class).hasSize(12)
                .path("jobs.edges[*].node.applications[*]").entityList(Object.class).hasSize(30)
                .path("jobs.edges[0].node.applications[0].job.company.name").entity(String.class)
                .satisfies(name -> assertThat(name).startsWith("Client "));
    }
}
