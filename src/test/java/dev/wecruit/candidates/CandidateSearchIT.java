package dev.wecruit.candidates;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CandidateSearchIT {

    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired ApplicationService applications;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;

    TestFirms.CreatedFirm firm;
    UUID john;
    UUID jane;
    UUID priya;

    @BeforeEach
    void aFirmWithThreeCandidates() {
        firm = TestFirms.aFirm("Search Partners").withMember(Role.RECRUITER).withMember(Role.ADMIN)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        UUID admin = member(Role.ADMIN);
        john = candidates.create(aCandidate().named("John", "Smith").withEmail("john.smith@example.com")
                .withPhone("+44 20 7946 0958").titled("Java Developer", "Acme Ltd").withSkill("Java")
                .withSkill("Kotlin").withTag("Shortlist").draft()).id();
        jane = candidates.create(aCandidate().named("Jane", "Smithers").titled("Financial Controller", "Brightwater")
                .withSkill("java").withTag("Relocating").ownedBy(admin).draft()).id();
        priya = candidates.create(aCandidate().named("Priya", "Natarajan").titled("Nurse Manager", "St Mary's")
                .withSkill("Triage").draft()).id();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void a_name_prefix_an_email_or_a_phone_number_finds_the_candidate() {
        assertThat(found(CandidateQuery.text("joh smi"))).containsExactly(john);
        assertThat(found(CandidateQuery.text("smi"))).containsExactlyInAnyOrder(john, jane);
        assertThat(found(CandidateQuery.text("JOHN.SMITH@example.com"))).containsExactly(john);
        assertThat(found(CandidateQuery.text("020 7946 0958"))).containsExactly(john);
        assertThat(found(CandidateQuery.text("not-an-address@"))).isEmpty();
    }

    @Test
    void words_of_the_title_company_or_skills_find_the_candidate_whatever_their_case() {
        assertThat(found(CandidateQuery.text("controller"))).containsExactly(jane);
        assertThat(found(CandidateQuery.text("ACME java"))).containsExactly(john);
        assertThat(found(CandidateQuery.text("triage"))).containsExactly(priya);
        assertThat(found(CandidateQuery.text("100%"))).isEmpty();
    }

    @Test
    void skills_filter_by_all_of_or_any_of_ignoring_case() {
        assertThat(found(CandidateQuery.ALL.withSkills(List.of("JAVA", "kotlin"), true))).containsExactly(john);
        assertThat(found(CandidateQuery.ALL.withSkills(List.of("kotlin", "triage"), false)))
                .containsExactlyInAnyOrder(john, priya);
        assertThat(found(CandidateQuery.ALL.withSkills(List.of("Java"), true))).containsExactlyInAnyOrder(john, jane);
    }

    @Test
    void location_tags_and_owner_narrow_the_list_together() {
        candidates.create(aCandidate().named("Lena", "Vogel").locatedIn("Berlin").draft());

        assertThat(found(CandidateQuery.ALL.withLocation("berl"))).hasSize(1);
        assertThat(found(CandidateQuery.ALL.withTags(List.of("shortlist", "relocating"))))
                .containsExactlyInAnyOrder(john, jane);
        assertThat(found(CandidateQuery.ALL.withTags(List.of("relocating")).withOwner(member(Role.ADMIN))))
                .containsExactly(jane);
        assertThat(found(CandidateQuery.ALL.withTags(List.of("shortlist")).withOwner(member(Role.ADMIN)))).isEmpty();
        assertThat(candidates.count(CandidateQuery.ALL.withLocation("london"))).isEqualTo(3);
    }

    @Test
    void the_pipeline_filter_shows_only_candidates_in_that_job() {
        UUID company = companies.create(TestCompanies.aCompany("Acme Ltd")).id();
        UUID job = jobs.create(TestJobs.aJobAt(company)).id();
        UUID otherJob = jobs.create(TestJobs.aJobAt(company)).id();
        applications.add(priya, job);
        applications.add(john, otherJob);

        assertThat(found(CandidateQuery.ALL.inPipelineOf(job))).containsExactly(priya);
        assertThat(found(CandidateQuery.text("smi").inPipelineOf(job))).isEmpty();
    }

    @Test
    void last_activity_before_and_after_bound_the_list() {
        candidates.recordActivity(john, Instant.parse("2026-01-10T09:00:00Z"));
        candidates.recordActivity(jane, Instant.parse("2026-06-10T09:00:00Z"));

        assertThat(found(CandidateQuery.ALL.activeBetween(Instant.parse("2026-03-01T00:00:00Z"), null)))
                .containsExactly(jane);
        assertThat(found(CandidateQuery.ALL.activeBetween(null, Instant.parse("2026-03-01T00:00:00Z"))))
                .containsExactly(john);
    }

    @Test
    void sorting_by_title_pages_through_every_candidate_once() {
        List<CandidateSummary> firstTwo = candidates.search(CandidateQuery.ALL,
                new CandidateSort.Order(CandidateSort.TITLE, true), 0, 2);
        List<CandidateSummary> rest = candidates.search(CandidateQuery.ALL,
                new CandidateSort.Order(CandidateSort.TITLE, true), 2, 2);

        assertThat(firstTwo).extracting(CandidateSummary::currentTitle)
                .containsExactly("Financial Controller", "Java Developer");
        assertThat(rest).extracting(CandidateSummary::currentTitle).containsExactly("Nurse Manager");
        assertThat(firstTwo.getFirst().fullName()).isEqualTo("Jane Smithers");
    }

    @Test
    void skill_and_tag_suggestions_come_from_the_firms_own_candidates() {
        assertThat(candidates.skillsStartingWith("ja", 10)).containsExactly("Java");
        assertThat(candidates.tagsStartingWith("", 10)).containsExactlyInAnyOrder("Shortlist", "Relocating");

        SignedIn.as(signIn, TestFirms.aFirm("Other Firm").withMember(Role.RECRUITER).create(accounts, organizations)
                .member(Role.RECRUITER));
        assertThat(candidates.skillsStartingWith("ja", 10)).isEmpty();
        assertThat(found(CandidateQuery.text("smi"))).isEmpty();
        assertThat(candidates.count(CandidateQuery.ALL)).isZero();
    }

    private List<UUID> found(CandidateQuery query) {
        return candidates.search(query, CandidateSort.Order.DEFAULT, 0, 50).stream().map(CandidateSummary::id)
                .toList();
    }

    private UUID member(Role role) {
        UUID account = firm.member(role).accountId();
        return organizations.members().stream().filter(m -> m.accountId().equals(account))
                .map(MemberSummary::id).findFirst().orElseThrow();
    }
}
