package dev.wecruit.candidates;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.TestClock;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.MemberSummary;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the candidate list finds. {@link CandidateSearchWalkingIT} runs every case again with every condition
 * treated as common, so both ways a search is planned (decision 0018) are held to the same results.
 */
@IntegrationTest
class CandidateSearchIT {

    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired ApplicationService applications;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;

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
        assertThat(candidates.count(CandidateQuery.ALL.withLocation("london")).value()).isEqualTo(3);
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
    void a_search_in_a_pipeline_never_finds_candidates_outside_it_however_rare_its_words() {
        UUID company = companies.create(TestCompanies.aCompany("Acme Ltd")).id();
        UUID job = jobs.create(TestJobs.aJobAt(company)).id();
        applications.add(priya, job);
        applications.add(jane, job);

        assertThat(found(CandidateQuery.text("john").inPipelineOf(job))).isEmpty();
        assertThat(found(CandidateQuery.text("smi").inPipelineOf(job))).containsExactly(jane);
        assertThat(candidates.count(CandidateQuery.text("john").inPipelineOf(job)).value()).isZero();
    }

    @Test
    void the_lawful_basis_filter_takes_any_of_the_bases_or_none_recorded() {
        UUID contract = candidates.create(aCandidate().named("Carl", "Contract").heldOn(LawfulBasis.CONTRACT)
                .draft()).id();
        UUID unknown = candidates.create(aCandidate().named("Nora", "Nobasis").heldOn(null).draft()).id();

        assertThat(found(CandidateQuery.ALL.withLawfulBases(List.of(LawfulBasis.CONTRACT), false)))
                .containsExactly(contract);
        assertThat(found(CandidateQuery.ALL.withLawfulBases(List.of(), true))).containsExactly(unknown);
        assertThat(found(CandidateQuery.ALL.withLawfulBases(List.of(LawfulBasis.CONTRACT), true)))
                .containsExactlyInAnyOrder(contract, unknown);
        assertThat(found(CandidateQuery.ALL.withLawfulBases(List.of(LawfulBasis.LEGITIMATE_INTEREST), false)))
                .containsExactlyInAnyOrder(john, jane, priya);
        assertThat(found(CandidateQuery.text("smi").withLawfulBases(List.of(LawfulBasis.LEGAL_OBLIGATION), false)))
                .isEmpty();
    }

    @Test
    void the_consent_filter_finds_expired_expiring_and_missing_consent_on_the_firms_day() {
        clock.fixAt(Instant.parse("2026-06-15T12:00:00Z"));
        try {
            LocalDate today = LocalDate.of(2026, 6, 15);
            UUID expired = candidates.create(aCandidate().named("Ewa", "Expired")
                    .consentedOn(today.minusYears(2), today).draft()).id();
            UUID soon = candidates.create(aCandidate().named("Sam", "Soon")
                    .consentedOn(today.minusYears(1), today.plusDays(10)).draft()).id();
            UUID later = candidates.create(aCandidate().named("Lou", "Later")
                    .consentedOn(today.minusMonths(1), today.plusDays(100)).draft()).id();
            UUID forever = candidates.create(aCandidate().named("Fay", "Forever")
                    .consentedOn(today.minusMonths(1), null).draft()).id();

            assertThat(found(CandidateQuery.ALL.withConsent(ConsentStatus.EXPIRED, 30)))
                    .as("consent expires on its expiry day").containsExactly(expired);
            assertThat(found(CandidateQuery.ALL.withConsent(ConsentStatus.EXPIRING, 30))).containsExactly(soon);
            assertThat(found(CandidateQuery.ALL.withConsent(ConsentStatus.EXPIRING, 100)))
                    .containsExactlyInAnyOrder(soon, later);
            assertThat(found(CandidateQuery.ALL.withConsent(ConsentStatus.NONE, 30)))
                    .containsExactlyInAnyOrder(john, jane, priya).doesNotContain(forever);
            assertThat(found(CandidateQuery.text("sam").withConsent(ConsentStatus.EXPIRED, 30))).isEmpty();
            assertThat(candidates.count(CandidateQuery.ALL.withConsent(ConsentStatus.EXPIRING, 100)).value())
                    .isEqualTo(2);
            assertThatThrownBy(() -> found(CandidateQuery.ALL.withConsent(ConsentStatus.EXPIRING, 0)))
                    .isInstanceOf(InvalidInputException.class);
        } finally {
            clock.release();
        }
    }

    @Test
    void the_legal_hold_filter_finds_the_few_on_hold_or_everyone_else() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        UUID held = candidates.create(aCandidate().named("Hal", "Held").onLegalHold("Tribunal claim 2207")
                .draft()).id();
        SignedIn.as(signIn, firm.member(Role.RECRUITER));

        assertThat(found(CandidateQuery.ALL.onLegalHold(true))).containsExactly(held);
        assertThat(found(CandidateQuery.ALL.onLegalHold(false))).containsExactlyInAnyOrder(john, jane, priya);
        assertThat(found(CandidateQuery.text("smi").onLegalHold(true))).isEmpty();
        assertThat(found(CandidateQuery.text("hal").onLegalHold(true))).containsExactly(held);
        assertThat(candidates.count(CandidateQuery.ALL.onLegalHold(true)).value()).isEqualTo(1);
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
        assertThat(candidates.count(CandidateQuery.ALL).value()).isZero();
    }

    @Test
    void a_word_is_found_by_how_it_starts_ignoring_case_and_accents() {
        UUID amelie = candidates.create(aCandidate().named("Amélie", "Roux")
                .titled("Développeuse C++", "Société Générale").withSkill("C#").withSkill("Node.js")
                .locatedIn("Saint-Étienne, France").draft()).id();

        assertThat(found(CandidateQuery.text("contr"))).containsExactly(jane);
        assertThat(found(CandidateQuery.text("develop"))).containsExactlyInAnyOrder(john, amelie);
        assertThat(found(CandidateQuery.text("DÉVELOPPEUSE société"))).containsExactly(amelie);
        assertThat(found(CandidateQuery.text("c++"))).containsExactly(amelie);
        assertThat(found(CandidateQuery.text("node.js"))).containsExactly(amelie);
        assertThat(found(CandidateQuery.text("roller"))).as("found by how a word starts, not its middle").isEmpty();
        assertThat(found(CandidateQuery.ALL.withLocation("etienne"))).containsExactly(amelie);
        assertThat(found(CandidateQuery.ALL.withLocation("saint fr"))).containsExactly(amelie);
        assertThat(found(CandidateQuery.ALL.withSkills(List.of("c#"), true))).containsExactly(amelie);
        assertThat(found(CandidateQuery.ALL.withSkills(List.of("c"), true))).as("a skill is matched whole").isEmpty();
    }

    @Test
    void a_changed_profile_is_found_by_its_new_words_and_no_longer_by_its_old_ones() {
        CandidateDetails before = candidates.get(priya);
        candidates.update(priya, before.version(), aCandidate().named("Priya", "Natarajan")
                .titled("Clinical Lead", "Guy's Hospital").withSkill("Audit").withTag("Returner").draft());

        assertThat(found(CandidateQuery.text("clinical"))).containsExactly(priya);
        assertThat(found(CandidateQuery.text("nurse"))).isEmpty();
        assertThat(found(CandidateQuery.ALL.withSkills(List.of("triage"), false))).isEmpty();
        assertThat(found(CandidateQuery.ALL.withTags(List.of("returner")))).containsExactly(priya);
        assertThat(candidates.skillsStartingWith("tri", 10)).isEmpty();
    }

    @Test
    void every_order_pages_through_every_candidate_once_by_offset_and_by_cursor() {
        candidates.recordActivity(john, Instant.parse("2026-01-10T09:00:00Z"));
        candidates.recordActivity(jane, Instant.parse("2026-01-10T09:00:00Z"));
        candidates.create(new CandidateDraft("Noor", "Haddad", List.of(), List.of(), null, null, null, null, null,
                List.of(), null, List.of(), List.of(), null, null, List.of(), null, null, null, null, null, null, null));
        for (CandidateSort by : CandidateSort.values()) {
            for (boolean ascending : List.of(true, false)) {
                var order = new CandidateSort.Order(by, ascending);
                List<CandidateSummary> all = candidates.search(CandidateQuery.ALL, order, 0, 50);
                assertThat(all).as("%s", order).hasSize(4);
                assertThat(all.getLast()).as("rows without a value come last, %s", order)
                        .extracting(row -> valueOf(row, by)).isNull();
                List<CandidateSummary> byCursor = new java.util.ArrayList<>();
                CandidateCursor cursor = null;
                while (byCursor.size() < 10) {
                    List<CandidateSummary> page = candidates.search(CandidateQuery.ALL, order, cursor, 0, 1);
                    if (page.isEmpty()) {
                        break;
                    }
                    byCursor.addAll(page);
                    cursor = CandidateCursor.after(page.getLast(), by);
                }
                assertThat(byCursor).as("one at a time after a cursor, %s", order).isEqualTo(all);
                assertThat(candidates.search(CandidateQuery.ALL, order, 1, 2)).as("%s", order)
                        .isEqualTo(all.subList(1, 3));
                assertThat(candidates.search(CandidateQuery.ALL, order, CandidateCursor.after(all.getFirst(), by), 2,
                        5)).as("skipping after a cursor, %s", order).isEqualTo(all.subList(3, 4));
            }
        }
    }

    @Test
    void candidates_created_together_are_stored_and_found_as_if_created_one_by_one() {
        var draft = aCandidate().named("Ines", "Ferreira").withEmail("ines@example.com").withPhone("+351 912 345 678")
                .titled("Data Engineer", "Feedzai").withSkill("Python").withSkill("Spark").withTag("Remote")
                .locatedIn("Lisbon, Portugal").draft();
        UUID single = candidates.create(draft).id();
        List<UUID> together = candidates.createAll(List.of(draft, aCandidate().named("Ola", "Nordmann").draft()));

        CandidateDetails one = candidates.get(single);
        CandidateDetails other = candidates.get(together.getFirst());
        assertThat(other).usingRecursiveComparison().ignoringFields("id", "createdAt", "updatedAt")
                .isEqualTo(one);
        assertThat(storedTerms(together.getFirst())).isEqualTo(storedTerms(single)).isNotEmpty();
        assertThat(found(CandidateQuery.text("ines@example.com"))).containsExactlyInAnyOrder(single,
                together.getFirst());
        assertThat(found(CandidateQuery.text("ines fer"))).containsExactlyInAnyOrder(single, together.getFirst());
    }

    @Test
    void a_batch_with_one_invalid_candidate_saves_none() {
        long before = candidates.count();
        var invalid = aCandidate().named("", "Nobody").draft();

        assertThatThrownBy(() -> candidates.createAll(List.of(aCandidate().named("Valid", "Person").draft(),
                invalid))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("firstName")).startsWith("Row 2: "));
        assertThat(candidates.count()).isEqualTo(before);
    }

    @Test
    void another_firms_candidates_with_the_same_words_are_never_found() {
        SignedIn.as(signIn, TestFirms.aFirm("Rival Search").withMember(Role.RECRUITER).create(accounts, organizations)
                .member(Role.RECRUITER));
        UUID rival = candidates.create(aCandidate().named("John", "Smith").titled("Java Developer", "Acme Ltd")
                .withSkill("Java").withTag("Shortlist").locatedIn("London").draft()).id();

        assertThat(found(CandidateQuery.text("joh smi"))).containsExactly(rival);
        assertThat(found(CandidateQuery.text("java acme"))).containsExactly(rival);
        assertThat(found(CandidateQuery.ALL.withSkills(List.of("java"), true).withTags(List.of("shortlist"))))
                .containsExactly(rival);
        assertThat(candidates.count(CandidateQuery.ALL.withLocation("lon")).value()).isEqualTo(1);
        assertThat(candidates.skillsStartingWith("", 10))
                .containsExactlyInAnyOrderElementsOf(candidates.get(rival).skills());
    }

    @Test
    void the_first_rows_come_with_the_count_the_list_shows() {
        CandidateResults smi = candidates.first(CandidateQuery.text("smi"), CandidateSort.Order.DEFAULT, 1);
        CandidateResults all = candidates.first(CandidateQuery.ALL, CandidateSort.Order.DEFAULT, 10);

        assertThat(smi.count()).isEqualTo(candidates.count(CandidateQuery.text("smi")));
        assertThat(smi.count().value()).isEqualTo(2);
        assertThat(smi.firstRows()).hasSize(1)
                .isEqualTo(candidates.search(CandidateQuery.text("smi"), CandidateSort.Order.DEFAULT, 0, 1));
        assertThat(all.count().value()).isEqualTo(3);
        assertThat(all.firstRows()).extracting(CandidateSummary::id).containsExactlyInAnyOrder(john, jane, priya);
    }

    @Test
    void a_deleted_candidate_leaves_no_terms_behind() {
        assertThat(storedTerms(priya)).isNotEmpty();

        transactions.executeWithoutResult(status -> jdbc.update("delete from candidates where id = ?", priya));

        assertThat(storedTerms(priya)).isEmpty();
        assertThat(found(CandidateQuery.text("nurse"))).isEmpty();
        assertThat(candidates.skillsStartingWith("tri", 10)).isEmpty();
    }

    @Test
    void the_term_index_shows_nothing_without_a_firm_or_with_another_firms_setting() {
        UUID otherFirm = TestFirms.aFirm("Elsewhere").withMember(Role.RECRUITER).create(accounts, organizations).id();
        for (String setting : List.of("", otherFirm.toString())) {
            Long visible = transactions.execute(status -> {
                jdbc.queryForObject("select set_config('app.tenant_id', ?, true)", String.class, setting);
                return jdbc.queryForObject("select count(*) from candidate_profile_terms where term ^@ 'w:'"
                        + " or candidate_id = ?", Long.class, john);
            });
            assertThat(visible).as("rows seen with app.tenant_id = '%s'", setting).isZero();
        }
    }

    /** The term index's rows of a candidate, and the blind-index terms, as the database holds them. */
    private List<String> storedTerms(UUID candidate) {
        return transactions.execute(status -> {
            List<String> terms = new java.util.ArrayList<>(jdbc.queryForList(
                    "select term from candidate_profile_terms where candidate_id = ? order by term", String.class,
                    candidate));
            terms.addAll(jdbc.queryForList(
                    "select term::text from candidate_search_terms where candidate_id = ? order by term",
                    String.class, candidate));
            return terms;
        });
    }

    private static Object valueOf(CandidateSummary row, CandidateSort by) {
        return switch (by) {
            case LAST_ACTIVITY -> row.lastActivityAt();
            case TITLE -> row.currentTitle();
            case COMPANY -> row.currentCompany();
            case LOCATION -> row.location();
        };
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
