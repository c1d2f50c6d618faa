package dev.wecruit.duplicates;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditEntry;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class DuplicateServiceIT {

    @Autowired DuplicateService duplicates;
    @Autowired CandidateService candidates;
    @Autowired AuditLog audit;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;

    TestFirms.CreatedFirm firm;
    CandidateDetails john;
    CandidateDetails johnny;

    @BeforeEach
    void aFirmWithOnePairOfDuplicates() {
        firm = TestFirms.aFirm("Dedupe Co").withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .withMember(Role.VIEWER).create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        john = candidates.create(aCandidate().named("John", "Smith").withEmail("js@example.com").draft());
        johnny = candidates.create(aCandidate().named("Johnny", "Smith").withEmail("js@example.com").draft());
        candidates.create(aCandidate().named("Priya", "Patel").titled("Chef", "Kitchen").locatedIn("Leeds").draft());
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void the_firms_pairs_show_with_reason_and_confidence_until_dismissed_and_never_again() {
        DuplicatePairsPage page = duplicates.pairs(null);
        assertThat(page.done()).isTrue();
        assertThat(page.scanned()).isEqualTo(3);
        assertThat(page.pairs()).singleElement().satisfies(pair -> {
            assertThat(Set.of(pair.first().id(), pair.second().id())).containsExactlyInAnyOrder(john.id(),
                    johnny.id());
            assertThat(pair.reason()).startsWith("Same email");
            assertThat(pair.confidence()).isEqualTo(0.99);
        });
        assertThat(duplicates.of(john.id())).extracting(d -> d.candidate().id()).containsExactly(johnny.id());

        duplicates.dismiss(johnny.id(), john.id());
        duplicates.dismiss(john.id(), johnny.id());

        assertThat(duplicates.pairs(null).pairs()).isEmpty();
        assertThat(duplicates.of(john.id())).isEmpty();
        assertThat(duplicates.of(johnny.id())).isEmpty();
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        List<AuditEntry> entries = audit.search(new AuditQuery(Set.of(AuditAction.DUPLICATE_DISMISSED), "", null,
                null), PageRequest.of(0, 10)).getContent();
        assertThat(entries).as("dismissed twice, recorded once").singleElement().satisfies(entry -> {
            assertThat(entry.subject()).startsWith("Candidate ").doesNotContain("John", "Smith");
            assertThat(entry.detail()).startsWith("Not the same person as Candidate ");
        });
    }

    @Test
    void another_firms_candidate_cannot_be_dismissed_against() {
        var other = TestFirms.aFirm("Other Dedupe").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        CandidateDetails theirs = candidates.create(aCandidate().named("John", "Smith").withEmail("js@example.com")
                .draft());
        assertThat(duplicates.pairs(null).pairs()).isEmpty();
        SignedIn.as(signIn, firm.member(Role.RECRUITER));

        assertThatThrownBy(() -> duplicates.dismiss(john.id(), theirs.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(duplicates.of(john.id())).extracting(d -> d.candidate().id()).containsExactly(johnny.id());
    }

    @Test
    void a_viewer_may_neither_see_nor_dismiss_duplicates() {
        SignedIn.as(signIn, firm.member(Role.VIEWER));

        assertThatThrownBy(() -> duplicates.pairs(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duplicates.of(john.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duplicates.dismiss(john.id(), johnny.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
