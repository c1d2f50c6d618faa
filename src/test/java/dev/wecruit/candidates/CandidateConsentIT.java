package dev.wecruit.candidates;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestClock;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Consent (how it was given, when it runs out) and legal hold, as the service checks and keeps them. */
@IntegrationTest
class CandidateConsentIT {

    static final LocalDate GIVEN = LocalDate.of(2026, 3, 2);

    @Autowired CandidateService candidates;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    TestFirms.CreatedFirm firm;

    @BeforeEach
    void aFirmWithAnAdminAndARecruiter() {
        firm = TestFirms.aFirm("Consent Partners").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
    }

    @AfterEach
    void signOutAndReleaseTheClock() {
        SignedIn.out();
        clock.release();
    }

    @Test
    void how_consent_was_given_and_when_it_expires_are_kept_with_the_candidate() {
        CandidateDetails saved = candidates.create(aCandidate().draft().toBuilder().lawfulBasis(LawfulBasis.CONSENT)
                .consentGivenOn(GIVEN).consentMethod(ConsentMethod.SIGNED_FORM)
                .consentExpiresOn(GIVEN.plusYears(2)).consentNote("Signed at the careers fair").build());

        CandidateDetails read = candidates.get(saved.id());
        assertThat(read.consentMethod()).isEqualTo(ConsentMethod.SIGNED_FORM);
        assertThat(read.consentExpiresOn()).isEqualTo(LocalDate.of(2028, 3, 2));
        assertThat(read.consentGivenOn()).isEqualTo(GIVEN);
        assertThat(read.onLegalHold()).isFalse();
        assertThat(candidates.profiles(java.util.List.of(saved.id())).get(saved.id()))
                .satisfies(profile -> {
                    assertThat(profile.consentMethod()).isEqualTo(ConsentMethod.SIGNED_FORM);
                    assertThat(profile.consentExpiresOn()).isEqualTo(LocalDate.of(2028, 3, 2));
                });
    }

    @Test
    void an_expiry_on_or_before_the_day_of_consent_or_without_one_is_refused_with_a_message_and_nothing_saved() {
        long before = candidates.count();
        CandidateDraft consented = aCandidate().draft().toBuilder().lawfulBasis(LawfulBasis.CONSENT)
                .consentGivenOn(GIVEN).build();

        assertThatThrownBy(() -> candidates.create(consented.toBuilder().consentExpiresOn(GIVEN).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("consentExpiresOn")
                        .containsEntry("consentExpiresOn", "Must be after the day consent was given (2026-03-02)"));
        assertThatThrownBy(() -> candidates.create(consented.toBuilder().consentGivenOn(null)
                .consentExpiresOn(GIVEN).consentMethod(ConsentMethod.WEB_FORM).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("consentExpiresOn",
                                "Enter the day consent was given first: it expires after that day")
                        .containsEntry("consentGivenOn", "Enter the day consent was given"));
        assertThat(candidates.count()).isEqualTo(before);
    }

    @Test
    void an_admin_puts_a_candidate_on_hold_with_a_reason_and_who_and_when_are_kept() {
        clock.fixAt(Instant.parse("2026-05-04T10:15:30.123456Z"));
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        CandidateDetails created = candidates.create(aCandidate().named("Hal", "Held").draft());

        assertThatThrownBy(() -> candidates.update(created.id(), created.version(),
                aCandidate().named("Hal", "Held").onLegalHold("  ").draft()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("legalHoldReason", "Say why the candidate is on legal hold"));
        CandidateDetails held = candidates.update(created.id(), created.version(),
                aCandidate().named("Hal", "Held").onLegalHold("Employment tribunal, case 2207").draft());

        LegalHold hold = candidates.get(held.id()).legalHold();
        assertThat(hold.reason()).isEqualTo("Employment tribunal, case 2207");
        assertThat(hold.since()).isEqualTo(Instant.parse("2026-05-04T10:15:30.123456Z"));
        assertThat(hold.setBy()).isEqualTo(organizations.members().stream()
                .filter(member -> member.accountId().equals(firm.member(Role.ADMIN).accountId())).findFirst()
                .orElseThrow().id());
        Boolean stored = transactions.execute(status -> jdbc.queryForObject(
                "select legal_hold from candidates where id = ?", Boolean.class, held.id()));
        assertThat(stored).as("what retention reads").isTrue();
    }

    @Test
    void a_recruiter_cannot_put_on_hold_or_lift_a_hold_but_their_edits_keep_it() {
        CandidateDetails plain = candidates.create(aCandidate().named("Rae", "Plain").draft());
        assertThatThrownBy(() -> candidates.create(aCandidate().onLegalHold("A claim").draft()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("legalHold", "Only an admin can put a candidate on legal hold"));
        assertThatThrownBy(() -> candidates.update(plain.id(), plain.version(),
                aCandidate().named("Rae", "Plain").onLegalHold("A claim").draft()))
                .isInstanceOf(InvalidInputException.class);

        SignedIn.as(signIn, firm.member(Role.ADMIN));
        CandidateDetails held = candidates.create(aCandidate().named("Hal", "Held").onLegalHold("A claim").draft());
        SignedIn.as(signIn, firm.member(Role.RECRUITER));

        CandidateDetails edited = candidates.update(held.id(), held.version(),
                aCandidate().named("Hal", "Held").titled("Auditor", "Corvid").draft());
        assertThat(edited.legalHold()).as("a draft that says nothing of the hold keeps it")
                .isEqualTo(held.legalHold());
        CandidateDetails again = candidates.update(edited.id(), edited.version(), aCandidate().named("Hal", "Held")
                .titled("Senior Auditor", "Corvid").onLegalHold("A claim").draft());
        assertThat(again.legalHold()).as("the same hold is no change").isEqualTo(held.legalHold());
        assertThatThrownBy(() -> candidates.update(again.id(), again.version(), aCandidate().named("Hal", "Held")
                .draft().toBuilder().legalHold(false).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("legalHold", "Only an admin can lift a legal hold"));
        assertThat(candidates.get(held.id()).onLegalHold()).isTrue();
    }

    @Test
    void an_admin_lifts_a_hold_and_its_reason_goes_with_it() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        CandidateDetails held = candidates.create(aCandidate().named("Hal", "Held").onLegalHold("A claim").draft());

        CandidateDetails lifted = candidates.update(held.id(), held.version(),
                aCandidate().named("Hal", "Held").draft().toBuilder().legalHold(false).legalHoldReason("ignored")
                        .build());

        assertThat(lifted.onLegalHold()).isFalse();
        List<String> stored = transactions.execute(status -> jdbc.queryForList("""
                select concat_ws('|', legal_hold, legal_hold_reason, legal_hold_set_by, legal_hold_set_at)
                  from candidates where id = ?""", String.class, held.id()));
        assertThat(stored).as("no reason, no one, no time").containsExactly("f");
    }
}
