package dev.wecruit.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CandidateDraftTest {

    static final CandidateDraft EVERYTHING = new CandidateDraft("Ada", "Lovelace", List.of("ada@example.com"),
            List.of("+44 20 7946 0000"), "12 St James's Square, London", "linkedin.com/in/ada", "London",
            "Analyst", "Analytical Engines Ltd", List.of("Mathematics"), 12,
            List.of(new WorkExperience("Analyst", "Analytical Engines Ltd", 1842, null, "Notes on the engine")),
            List.of(new Education("Home", "Mathematics", 1833)), "Referral", UUID.randomUUID(), List.of("poet"),
            LawfulBasis.CONSENT, LocalDate.of(2026, 1, 5), "Asked by phone", null, null, null, null);

    @Test
    void the_builder_builds_what_the_canonical_constructor_does() {
        CandidateDraft built = CandidateDraft.builder().firstName("Ada").lastName("Lovelace")
                .emails(List.of("ada@example.com")).phones(List.of("+44 20 7946 0000"))
                .address("12 St James's Square, London").linkedinUrl("linkedin.com/in/ada").location("London")
                .currentTitle("Analyst").currentCompany("Analytical Engines Ltd").skills(List.of("Mathematics"))
                .yearsOfExperience(12).workHistory(EVERYTHING.workHistory()).education(EVERYTHING.education())
                .source("Referral").ownerId(EVERYTHING.ownerId()).tags(List.of("poet"))
                .lawfulBasis(LawfulBasis.CONSENT).consentGivenOn(LocalDate.of(2026, 1, 5))
                .consentNote("Asked by phone").build();

        assertThat(built).isEqualTo(EVERYTHING);
    }

    @Test
    void a_copy_differs_only_where_it_was_changed_and_what_is_not_set_is_empty() {
        assertThat(EVERYTHING.toBuilder().build()).isEqualTo(EVERYTHING);
        assertThat(EVERYTHING.toBuilder().currentTitle("Countess").build())
                .isEqualTo(new CandidateDraft("Ada", "Lovelace", EVERYTHING.emails(), EVERYTHING.phones(),
                        EVERYTHING.address(), EVERYTHING.linkedinUrl(), "London", "Countess",
                        EVERYTHING.currentCompany(), EVERYTHING.skills(), 12, EVERYTHING.workHistory(),
                        EVERYTHING.education(), "Referral", EVERYTHING.ownerId(), EVERYTHING.tags(),
                        LawfulBasis.CONSENT, EVERYTHING.consentGivenOn(), "Asked by phone", null, null, null, null));
        assertThat(CandidateDraft.named("Ada", "Lovelace")).isEqualTo(new CandidateDraft("Ada", "Lovelace",
                List.of(), List.of(), null, null, null, null, null, List.of(), null, List.of(), List.of(), null, null,
                List.of(), null, null, null, null, null, null, null));
    }
}
