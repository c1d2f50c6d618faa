package dev.wecruit.candidates;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.platform.crypto.PiiIntegrityException;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CandidateServiceIT {

    @Autowired CandidateService candidates;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void signedInToAFreshFirm() {
        var firm = TestFirms.aFirm("Candidate Co").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void a_saved_candidate_reads_back_decrypted_while_the_database_holds_no_plaintext() {
        CandidateDetails saved = candidates.create(aCandidate().named("Zoë", "O'Brien")
                .withEmail(" Zoe.OBrien@Example.com ").withPhone("07700 900123")
                .withLinkedin("www.linkedin.com/in/zoe-obrien").draft());

        CandidateDetails read = candidates.get(saved.id());
        assertThat(read.fullName()).isEqualTo("Zoë O'Brien");
        assertThat(read.emails()).containsExactly("zoe.obrien@example.com");
        assertThat(read.phones()).containsExactly("+447700900123");
        assertThat(read.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/zoe-obrien");
        assertThat(read.workHistory()).hasSize(2);
        assertThat(read.education().getFirst().institution()).isEqualTo("University of Leeds");

        String row = transactions.execute(status -> jdbc.queryForObject(
                "select c::text from candidates c where id = ?", String.class, saved.id()));
        assertThat(row)
                .doesNotContain("Zoë", "O'Brien", "obrien", "example.com", "7700900123", "linkedin", "High Street")
                .contains("Senior Accountant");
    }

    @Test
    void exact_email_and_phone_are_found_however_they_are_typed() {
        CandidateDetails john = candidates.create(aCandidate().named("John", "Smith")
                .withEmail("john.smith@example.com").withPhone("+44 20 7946 0958").draft());
        candidates.create(aCandidate().named("Jane", "Smith").withEmail("jane.smith@example.com").draft());

        assertThat(candidates.findByEmail("JOHN.SMITH@example.com ")).extracting(CandidateSummary::id)
                .containsExactly(john.id());
        assertThat(candidates.findByPhone("020 7946 0958")).extracting(CandidateSummary::id)
                .containsExactly(john.id());
        assertThat(candidates.findByEmail("john.smith@example.org")).isEmpty();
        assertThat(candidates.findByEmail("not an email")).isEmpty();
    }

    @Test
    void typing_the_start_of_first_and_last_name_finds_the_candidate() {
        CandidateDetails john = candidates.create(aCandidate().named("John", "Smith").draft());
        CandidateDetails johanna = candidates.create(aCandidate().named("Johanna", "Smits").draft());
        candidates.create(aCandidate().named("Jon", "Smith").draft());
        candidates.create(aCandidate().named("Peter", "Johnson").draft());

        assertThat(candidates.searchByName("joh smi", 50)).extracting(CandidateSummary::id)
                .containsExactlyInAnyOrder(john.id(), johanna.id());
        assertThat(candidates.searchByName("smith john", 50)).extracting(CandidateSummary::fullName)
                .containsExactly("John Smith");
        assertThat(candidates.searchByName("j", 50)).isEmpty();
    }

    @Test
    void bad_input_gets_a_message_per_field_and_nothing_is_saved() {
        long before = candidates.count();
        CandidateDraft bad = new CandidateDraft(" ", "x".repeat(101), List.of("john@"), List.of("12"), null,
                "https://example.com/john", null, null, null, List.of("Java", " "), 71, List.of(), List.of(), null,
                UUID.randomUUID(), List.of(), null, null, null, null, null, null, null);

        assertThatThrownBy(() -> candidates.create(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("firstName", "lastName", "emails", "phones", "linkedinUrl", "skills",
                                "yearsOfExperience", "ownerId")
                        .containsEntry("emails", "Not a valid email address")
                        .containsEntry("phones", "Not a valid phone number")
                        .containsEntry("linkedinUrl", "Must be a linkedin.com address")
                        .containsEntry("ownerId", "Not an active member of your firm"));
        assertThat(candidates.count()).isEqualTo(before);
    }

    @Test
    void text_postgresql_cannot_store_and_empty_list_entries_are_refused_per_field() {
        CandidateDraft draft = aCandidate().titled("Senior\u0000Accountant", "Brightwater").draft();
        CandidateDraft withHoles = new CandidateDraft("Ada", "King", List.of(), List.of(), null, null, null, null,
                null, List.of(), null, Arrays.asList(new WorkExperience("Analyst", null, 2020, null, null),
                null), Arrays.asList((Education) null), null, null, List.of(), null, null, null, null, null, null, null);

        assertThatThrownBy(() -> candidates.create(draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("currentTitle", "Contains a character that cannot be stored"));
        assertThatThrownBy(() -> candidates.create(withHoles))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("workHistory", "A role cannot be empty")
                        .containsEntry("education", "An entry cannot be empty"));
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused_and_the_newer_one_kept() {
        CandidateDetails created = candidates.create(aCandidate().named("Ada", "Lovelace").draft());
        candidates.update(created.id(), created.version(), aCandidate().named("Ada", "King").draft());

        assertThatThrownBy(() -> candidates.update(created.id(), created.version(),
                aCandidate().named("Ada", "Byron").draft()))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(candidates.get(created.id()).lastName()).isEqualTo("King");
        assertThat(candidates.searchByName("ada kin", 10)).hasSize(1);
        assertThat(candidates.searchByName("ada lov", 10)).isEmpty();
    }

    @Test
    void saving_without_changes_rewrites_nothing_so_other_open_forms_stay_valid() {
        CandidateDraft draft = aCandidate().named("Lin", "Wei").withEmail("lin.wei@example.com")
                .withPhone("+44 7700 900777").draft();
        CandidateDetails created = candidates.create(draft);
        String sealedBefore = sealedNameOf(created.id());

        CandidateDetails saved = candidates.update(created.id(), created.version(), draft);

        assertThat(saved.version()).isEqualTo(created.version());
        assertThat(sealedNameOf(created.id())).isEqualTo(sealedBefore);
        CandidateDetails renamed = candidates.update(created.id(), created.version(),
                aCandidate().named("Lin", "Wang").withEmail("lin.wei@example.com").withPhone("+44 7700 900777")
                        .draft());
        assertThat(renamed.version()).isEqualTo(created.version() + 1);
        assertThat(sealedNameOf(created.id())).as("the unchanged first name keeps its ciphertext")
                .isEqualTo(sealedBefore);
    }

    private String sealedNameOf(UUID id) {
        return transactions.execute(status -> jdbc.queryForObject(
                "select first_name_enc from candidates where id = ?", String.class, id));
    }

    @Test
    void a_tampered_ciphertext_is_reported_with_the_record_and_field_never_shown() {
        CandidateDetails created = candidates.create(aCandidate().named("Grace", "Hopper").draft());
        transactions.executeWithoutResult(status -> jdbc.update(
                """
                update candidates set last_name_enc = overlay(last_name_enc
                       placing (case when substr(last_name_enc, 12, 1) = 'A' then 'B' else 'A' end) from 12 for 1)
                 where id = ?""",
                created.id()));

        assertThatThrownBy(() -> candidates.get(created.id()))
                .isInstanceOf(PiiIntegrityException.class)
                .hasMessageContaining("candidate " + created.id())
                .hasMessageContaining("field lastName")
                .hasMessageNotContaining("Hopper");
    }

    @Test
    void last_activity_only_moves_forward() {
        CandidateDetails created = candidates.create(aCandidate().draft());
        var later = Instant.parse("2026-03-01T10:00:00Z");

        candidates.recordActivity(created.id(), later);
        candidates.recordActivity(created.id(), later.minusSeconds(86_400));

        CandidateDetails read = candidates.get(created.id());
        assertThat(read.lastActivityAt()).isEqualTo(later);
        assertThat(read.version()).as("logging activity is not an edit").isEqualTo(created.version());
    }
}
