package dev.wecruit.candidates;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class DuplicateCandidatesIT {

    @Autowired DuplicateCandidates duplicates;
    @Autowired CandidateService candidates;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired LocalAuthenticationProvider signIn;

    TestFirms.CreatedFirm firm;

    @BeforeEach
    void signedInToAFreshFirm() {
        firm = TestFirms.aFirm("Duplicate Co").withMember(Role.RECRUITER).withMember(Role.VIEWER)
                .create(accounts, organizations);
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void the_same_email_or_phone_is_an_exact_duplicate_whatever_the_name() {
        CandidateDetails john = candidates.create(aCandidate().named("John", "Smith")
                .withEmail("john.smith@example.com").draft());
        CandidateDetails jane = candidates.create(aCandidate().named("Jane", "Doe")
                .withPhone("+44 20 7946 0958").draft());

        List<PossibleDuplicate> byEmail = duplicates.possibleDuplicatesOf(aCandidate().named("Johnny", "Other")
                .withEmail(" JOHN.SMITH@example.com").titled("Chef", "Nowhere Ltd").locatedIn("Leeds").draft());
        List<PossibleDuplicate> byPhone = duplicates.possibleDuplicatesOf(aCandidate().named("Someone", "Else")
                .withPhone("020 7946 0958").titled("Chef", "Nowhere Ltd").locatedIn("Leeds").draft());

        assertThat(byEmail).singleElement().satisfies(found -> {
            assertThat(found.candidate().id()).isEqualTo(john.id());
            assertThat(found.reason()).isEqualTo("Same email");
            assertThat(found.confidence()).isEqualTo(0.99);
        });
        assertThat(byPhone).singleElement().satisfies(found -> {
            assertThat(found.candidate().id()).isEqualTo(jane.id());
            assertThat(found.reason()).isEqualTo("Same phone");
        });
    }

    @Test
    void a_similar_name_with_the_same_employer_is_a_fuzzy_duplicate_with_its_reason() {
        CandidateDetails stored = candidates.create(aCandidate().named("Jonathan", "Smithson")
                .titled("Engineer", "Acme").locatedIn("Leeds").draft());

        List<PossibleDuplicate> found = duplicates.possibleDuplicatesOf(aCandidate().named("Jonathon", "Smithson")
                .titled("Developer", "Acme").locatedIn("York").draft());

        assertThat(found).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.candidate().id()).isEqualTo(stored.id());
            assertThat(duplicate.reason()).matches("Similar name \\(0\\.9\\d\\) and same employer Acme");
            assertThat(duplicate.confidence()).isBetween(0.8, 0.9);
        });
    }

    @Test
    void a_similar_name_alone_or_a_different_name_with_the_same_employer_is_no_duplicate() {
        candidates.create(aCandidate().named("Jonathan", "Smithson").titled("Engineer", "Acme").locatedIn("Leeds")
                .draft());

        assertThat(duplicates.possibleDuplicatesOf(aCandidate().named("Jonathon", "Smithson")
                .titled("Engineer", "Other Ltd").locatedIn("York").draft())).isEmpty();
        assertThat(duplicates.possibleDuplicatesOf(aCandidate().named("Priya", "Patel")
                .titled("Engineer", "Acme").locatedIn("Leeds").draft())).isEmpty();
    }

    @Test
    void the_same_linkedin_however_typed_with_a_similar_name_is_the_most_likely_fuzzy_duplicate() {
        CandidateDetails stored = candidates.create(aCandidate().named("Zoë", "O'Brien")
                .withLinkedin("https://www.linkedin.com/in/zoe-obrien").titled("Nurse", "Ward Care")
                .locatedIn("Bath").draft());

        List<PossibleDuplicate> found = duplicates.possibleDuplicatesOf(aCandidate().named("Zoe", "O'Brian")
                .withLinkedin("linkedin.com/in/zoe-obrien/").titled("Sister", "Elsewhere").locatedIn("Bristol")
                .draft());

        assertThat(found).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.candidate().id()).isEqualTo(stored.id());
            assertThat(duplicate.reason()).startsWith("Similar name (").endsWith("and same LinkedIn");
        });
    }

    @Test
    void a_batch_gives_each_draft_its_own_duplicates_in_order() {
        CandidateDetails john = candidates.create(aCandidate().named("John", "Smith")
                .withEmail("john@example.com").draft());
        CandidateDetails maria = candidates.create(aCandidate().named("Maria", "Lopez").titled("Accountant", "Acme")
                .draft());
        List<CandidateDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            drafts.add(aCandidate().named("Nobody" + i, "Unique" + i).titled("Chef", "None " + i)
                    .locatedIn("Place " + i).draft());
        }
        drafts.set(7, aCandidate().named("J", "S").withEmail("JOHN@example.com").draft());
        drafts.set(30, aCandidate().named("Mariah", "Lopez").titled("Controller", "Acme").locatedIn("Nowhere").draft());

        List<List<PossibleDuplicate>> found = duplicates.possibleDuplicatesOfAll(drafts);

        assertThat(found).hasSize(50);
        assertThat(found.get(7)).extracting(d -> d.candidate().id()).containsExactly(john.id());
        assertThat(found.get(30)).extracting(d -> d.candidate().id()).containsExactly(maria.id());
        assertThat(found.stream().mapToInt(List::size).sum()).isEqualTo(2);
    }

    @Test
    void another_firms_candidate_is_never_matched() {
        var other = TestFirms.aFirm("Other Co").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        candidates.create(aCandidate().named("John", "Smith").withEmail("john.smith@example.com")
                .withPhone("+44 20 7946 0958").titled("Engineer", "Acme").draft());
        SignedIn.as(signIn, firm.member(Role.RECRUITER));

        assertThat(duplicates.possibleDuplicatesOf(aCandidate().named("John", "Smith")
                .withEmail("john.smith@example.com").withPhone("+44 20 7946 0958").titled("Engineer", "Acme")
                .draft())).isEmpty();
        assertThat(duplicates.scan(null, 100).pairs()).isEmpty();
    }

    @Test
    void the_firm_wide_scan_finds_each_pair_once_across_stretches() {
        CandidateDetails a = candidates.create(aCandidate().named("John", "Smith").withEmail("js@example.com")
                .draft());
        CandidateDetails b = candidates.create(aCandidate().named("Johnny", "Smith").withEmail("js@example.com")
                .draft());
        CandidateDetails c = candidates.create(aCandidate().named("Maria", "Lopez").titled("Accountant", "Acme")
                .draft());
        CandidateDetails d = candidates.create(aCandidate().named("Marria", "Lopez").titled("Accountant", "Acme")
                .draft());
        for (int i = 0; i < 5; i++) {
            candidates.create(aCandidate().named("Other" + i, "Person" + i).titled("Chef", "Kitchen " + i)
                    .locatedIn("Town " + i).draft());
        }

        List<DuplicatePair> pairs = new ArrayList<>();
        UUID after = null;
        int stretches = 0;
        DuplicateScanPage page;
        do {
            page = duplicates.scan(after, 2);
            pairs.addAll(page.pairs());
            after = page.lastId();
            stretches++;
        } while (!page.done());

        assertThat(stretches).isGreaterThanOrEqualTo(5);
        assertThat(pairs).hasSize(2);
        assertThat(pairs).allSatisfy(pair -> assertThat(pair.first().id()).isLessThan(pair.second().id()));
        assertThat(pairs).anySatisfy(pair -> {
            assertThat(List.of(pair.first().id(), pair.second().id())).containsExactlyInAnyOrder(a.id(), b.id());
            assertThat(pair.reason()).startsWith("Same email");
        });
        assertThat(pairs).anySatisfy(pair -> {
            assertThat(List.of(pair.first().id(), pair.second().id())).containsExactlyInAnyOrder(c.id(), d.id());
            assertThat(pair.reason()).startsWith("Similar name");
        });
        assertThat(duplicates.possibleDuplicatesOfCandidate(c.id())).extracting(p -> p.candidate().id())
                .containsExactly(d.id());
    }

    @Test
    void a_viewer_sees_nothing_of_duplicates() {
        SignedIn.as(signIn, firm.member(Role.VIEWER));

        assertThatThrownBy(() -> duplicates.possibleDuplicatesOf(aCandidate().draft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duplicates.scan(null, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_exact_match_says_so_and_the_exact_only_batch_leaves_similar_names_out() {
        CandidateDetails byEmail = candidates.create(aCandidate().named("Ada", "Lovelace")
                .withEmail("ada@example.com").draft());
        CandidateDetails byName = candidates.create(aCandidate().named("Grace", "Hopper").titled("Admiral", "Navy")
                .draft());
        List<CandidateDraft> drafts = List.of(
                aCandidate().named("Someone", "Else").withEmail("ADA@example.com").draft(),
                aCandidate().named("Gracie", "Hopper").titled("Engineer", "Navy").draft());

        List<List<PossibleDuplicate>> all = duplicates.possibleDuplicatesOfAll(drafts);
        List<List<PossibleDuplicate>> exact = duplicates.exactDuplicatesOfAll(drafts);

        assertThat(all.get(0)).singleElement().satisfies(found -> {
            assertThat(found.candidate().id()).isEqualTo(byEmail.id());
            assertThat(found.exact()).isTrue();
        });
        assertThat(all.get(1)).singleElement().satisfies(found -> {
            assertThat(found.candidate().id()).isEqualTo(byName.id());
            assertThat(found.exact()).isFalse();
        });
        assertThat(exact.get(0)).extracting(found -> found.candidate().id()).containsExactly(byEmail.id());
        assertThat(exact.get(1)).isEmpty();
    }

    @Test
    void many_drafts_with_the_same_name_prefixes_each_find_their_own_match() {
        CandidateDetails leeds = candidates.create(aCandidate().named("Jon", "Jones").titled("Welder", "Forge")
                .locatedIn("Leeds").draft());
        CandidateDetails york = candidates.create(aCandidate().named("Jonas", "Jonsson").titled("Chef", "Inn")
                .locatedIn("York").draft());
        List<CandidateDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            drafts.add(aCandidate().named("Jonn", "Jones").titled("Welder", i % 2 == 0 ? "Forge" : "Mill " + i)
                    .locatedIn("Nowhere " + i).draft());
        }
        drafts.add(aCandidate().named("Jonas", "Jonson").titled("Cook", "Cafe").locatedIn("York").draft());

        List<List<PossibleDuplicate>> found = duplicates.possibleDuplicatesOfAll(drafts);

        for (int i = 0; i < 30; i++) {
            assertThat(found.get(i)).extracting(d -> d.candidate().id())
                    .isEqualTo(i % 2 == 0 ? List.of(leeds.id()) : List.of());
        }
        assertThat(found.get(30)).singleElement().satisfies(d -> {
            assertThat(d.candidate().id()).isEqualTo(york.id());
            assertThat(d.reason()).endsWith("and same location York");
        });
    }
}
