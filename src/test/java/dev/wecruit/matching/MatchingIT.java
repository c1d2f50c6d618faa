package dev.wecruit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wecruit.IntegrationTest;
import dev.wecruit.ai.AiProvider;
import dev.wecruit.ai.AiSettingsDraft;
import dev.wecruit.ai.AiSettingsService;
import dev.wecruit.intake.OpenAiStandIn;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.DocumentService;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.matching.internal.MatchIndexing;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** What "Best matches" ranks, on a small fixed firm, and how its index keeps to the firm and the candidate. */
@IntegrationTest
class MatchingIT {

    @Autowired MatchingService matching;
    @Autowired MatchIndexing indexing;
    @Autowired CandidateService candidates;
    @Autowired DocumentService documents;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired ApplicationService applications;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired AiSettingsService ai;

    TestFirms.CreatedFirm firm;
    UUID payroll;
    UUID accountant;
    UUID nurse;
    JobDetails job;

    @BeforeEach
    void aFirmWithAPayrollJobAndThreeCandidates() {
        firm = TestFirms.aFirm("Match Partners").withMember(Role.RECRUITER).withMember(Role.ADMIN)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        payroll = candidates.create(MatchingFirm.candidate("Amrita", "Kaur", "Payroll Officer", "Northgate Foods", "Leeds",
                List.of("Sage 50 Payroll", "RTI"), new WorkExperience("Payroll Officer", "Northgate Foods", 2019,
                        null, "Monthly payroll for 900 staff."))).id();
        documents.attach(payroll, "amrita-kaur-cv.txt", MatchingFirm.PAYROLL_CV.getBytes(StandardCharsets.UTF_8));
        accountant = candidates.create(MatchingFirm.candidate("Tom", "Baker", "Management Accountant", "Harrow Mills", "Leeds",
                List.of("Excel", "Month-end close"), new WorkExperience("Management Accountant", "Harrow Mills",
                        2016, null, "Month-end close, budgets and variance analysis."))).id();
        nurse = candidates.create(MatchingFirm.candidate("Grace", "Adeyemi", "Staff Nurse", "St James's Hospital", "Leeds",
                List.of("Triage", "Patient care"), new WorkExperience("Staff Nurse", "St James's Hospital", 2018,
                        null, "Acute medical ward, triage and discharge planning."))).id();
        UUID company = companies.create(TestCompanies.aCompany()).id();
        job = jobs.create(MatchingFirm.payrollJob(company));
        indexing.indexStaleNow(100);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void the_candidate_who_meets_the_requirements_comes_first_with_quotes_from_their_own_profile() {
        List<CandidateMatch> matches = matching.candidatesFor(job.id(), MatchFilters.none(), 10);

        assertThat(matches).extracting(match -> match.candidate().id()).startsWith(payroll);
        CandidateMatch best = matches.getFirst();
        assertThat(best.evidence()).extracting(RequirementEvidence::coverage)
                .containsExactly(Coverage.MET, Coverage.MET, Coverage.MISSING, Coverage.MET);
        CandidateDetails amrita = candidates.get(payroll);
        String ownWords = String.join(" ", amrita.skills()) + " " + MatchingFirm.PAYROLL_CV;
        assertThat(best.evidence()).filteredOn(item -> item.quote() != null)
                .allSatisfy(item -> assertThat(ownWords).contains(item.quote()));
        assertThat(best.score()).isGreaterThan(matches.get(1).score());
        assertThat(best.evidence().getLast().requirement().text()).isEqualTo("Based in Leeds");
        assertThat(best.coverage()).isEqualTo(6.0 / 7);
    }

    @Test
    void what_matching_keeps_of_a_candidate_has_no_contact_details_and_no_protected_attributes() {
        String kept = transactions.execute(status -> {
            jdbc.queryForObject("select set_config('app.tenant_id', ?, true)", String.class, firm.id().toString());
            return jdbc.queryForObject("select profile_text from candidate_match_profiles where candidate_id = ?",
                    String.class, payroll) + String.join("\n", jdbc.queryForList(
                    "select text from candidate_match_vectors where candidate_id = ?", String.class, payroll));
        });

        assertThat(kept).contains("Sage 50 Payroll", "Northgate Foods", "RTI submissions to HMRC")
                .doesNotContainIgnoringCase("amrita").doesNotContainIgnoringCase("kaur")
                .doesNotContain("example.com", "496 0123", "Wharf Street", "LS2 7EQ", "linkedin", "1990",
                        "British");
    }

    @Test
    void filters_leave_out_the_pipeline_and_do_not_contact_and_a_match_request_is_logged() {
        applications.add(payroll, job.id());

        assertThat(matching.candidatesFor(job.id(), MatchFilters.defaults(), 10))
                .extracting(match -> match.candidate().id()).doesNotContain(payroll);
        assertThat(matching.candidatesFor(job.id(), new MatchFilters("London", false, java.util.Set.of()), 10))
                .isEmpty();
        Long logged = transactions.execute(status -> {
            jdbc.queryForObject("select set_config('app.tenant_id', ?, true)", String.class, firm.id().toString());
            return jdbc.queryForObject("select count(*) from match_requests where job_id = ? and member_id is not null",
                    Long.class, job.id());
        });
        assertThat(logged).isEqualTo(2);
    }

    @Test
    void another_firms_candidates_and_vectors_are_never_returned() {
        var other = TestFirms.aFirm("Other Partners").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        UUID theirs = candidates.create(MatchingFirm.candidate("Ola", "Nowak", "Payroll Officer", "Leeds Brewery", "Leeds",
                List.of("Sage 50 Payroll", "RTI submissions"), new WorkExperience("Payroll Officer",
                        "Leeds Brewery", 2015, null, "Sage 50 Payroll and RTI submissions."))).id();
        indexing.indexStaleNow(100);
        Long visible = transactions.execute(status -> {
            jdbc.queryForObject("select set_config('app.tenant_id', ?, true)", String.class, other.id().toString());
            return jdbc.queryForObject("select count(*) from candidate_match_vectors", Long.class);
        });
        assertThat(visible).isPositive();

        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        assertThat(matching.candidatesFor(job.id(), MatchFilters.none(), 50))
                .extracting(match -> match.candidate().id()).doesNotContain(theirs)
                .containsOnly(payroll, accountant, nurse);
        assertThat(matching.candidatesForWords("payroll officer Sage 50", 50))
                .extracting(match -> match.candidate().id()).doesNotContain(theirs).startsWith(payroll);
    }

    @Test
    void a_deleted_candidates_profile_lexemes_and_vectors_go_in_the_same_statement_and_the_lexicon_counts_follow() {
        Long left = transactions.execute(status -> {
            jdbc.queryForObject("select set_config('app.tenant_id', ?, true)", String.class, firm.id().toString());
            assertThat(jdbc.queryForObject("select count(*) from candidate_match_vectors where candidate_id = ?",
                    Long.class, nurse)).isPositive();
            jdbc.update("delete from candidates where id = ?", nurse);
            return jdbc.queryForObject("""
                    select (select count(*) from candidate_match_vectors where candidate_id = ?)
                         + (select count(*) from candidate_match_lexemes where candidate_id = ?)
                         + (select count(*) from candidate_match_profiles where candidate_id = ?)
                         + (select count(*) from candidate_match_lexicon l
                             where l.profiles <> (select count(*) from candidate_match_lexemes p
                                                   where p.lexeme = l.lexeme))
                    """, Long.class, nurse, nurse, nurse);
        });

        assertThat(left).isZero();
        assertThat(matching.candidatesFor(job.id(), MatchFilters.none(), 10))
                .extracting(match -> match.candidate().id()).doesNotContain(nurse);
    }

    @Test
    void an_edit_makes_the_candidate_stale_and_background_work_reads_them_again() {
        CandidateDetails tom = candidates.get(accountant);
        candidates.update(accountant, tom.version(), MatchingFirm.candidate("Tom", "Baker", "Payroll Manager", "Harrow Mills",
                "Leeds", List.of("Sage 50 Payroll", "RTI submissions"), new WorkExperience("Payroll Manager",
                        "Harrow Mills", 2016, null, "Leads payroll and RTI submissions.")));
        assertThat(matching.indexState().waiting()).isEqualTo(1);

        SignedIn.as(signIn, firm.member(Role.ADMIN));
        matching.reindexFirm();

        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> matching.indexState().waiting() == 0);
        List<CandidateMatch> matches = matching.candidatesFor(job.id(), MatchFilters.none(), 10);
        assertThat(matches.stream().filter(match -> match.candidate().id().equals(accountant)).findFirst()
                .orElseThrow().evidence()).extracting(RequirementEvidence::coverage)
                .startsWith(Coverage.MET, Coverage.MET);
    }

    @Test
    void the_firms_model_reorders_the_top_and_a_rationale_that_quotes_what_the_profile_does_not_say_is_dropped() {
        try (var model = new OpenAiStandIn()) {
            useModel(model.baseUrl());
            List<UUID> offline = matching.candidatesFor(job.id(), MatchFilters.none(), 3, Ranking.HYBRID_WITH_EVIDENCE)
                    .stream().map(match -> match.candidate().id()).toList();
            assertThat(offline).containsExactly(payroll, accountant, nurse);
            model.answer("""
                    {"ranking": [
                      {"candidate": "C2", "rationale": "Closes the month: \\"Month-end close, budgets and variance analysis.\\""},
                      {"candidate": "C1", "rationale": "Runs payroll in \\"Sage 50 Payroll\\" for \\"900 employees\\"."},
                      {"candidate": "C3", "rationale": "Holds the \\"CIPP qualification\\"."}
                    ]}""");

            List<CandidateMatch> reranked = matching.candidatesFor(job.id(), MatchFilters.none(), 3);

            assertThat(reranked).extracting(match -> match.candidate().id()).containsExactly(accountant, payroll, nurse);
            assertThat(reranked.get(0).rationale()).contains("\"Month-end close, budgets and variance analysis.\"");
            assertThat(reranked.get(1).rationale()).contains("\"Sage 50 Payroll\"");
            assertThat(reranked.get(2).rationale()).as("the nurse holds no CIPP: that answer is dropped").isNull();
            String sent = model.requests.getLast().body();
            assertThat(sent).contains("Payroll Specialist", "Sage 50 Payroll")
                    .doesNotContain("Amrita", "Kaur", "amrita.kaur@example.com", "496 0123");
        }
    }

    @Test
    void when_the_firms_model_fails_the_offline_ranking_stands() {
        try (var model = new OpenAiStandIn()) {
            useModel(model.baseUrl());
            model.fail(503);

            List<CandidateMatch> matches = matching.candidatesFor(job.id(), MatchFilters.none(), 3);

            assertThat(matches.getFirst().candidate().id()).isEqualTo(payroll);
            assertThat(matches).allSatisfy(match -> assertThat(match.rationale()).isNull());
        }
    }

    private void useModel(String baseUrl) {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        ai.save(new AiSettingsDraft(AiProvider.OPENAI_COMPATIBLE, baseUrl, "rank-model", null, "sk-test", false),
                ai.settings().version());
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
    }
}
