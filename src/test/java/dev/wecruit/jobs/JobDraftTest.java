package dev.wecruit.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobDraftTest {

    static final UUID COMPANY = UUID.randomUUID();
    static final JobDraft EVERYTHING = new JobDraft("Planner", COMPANY, UUID.randomUUID(), "Plan supply",
            List.of("SAP APO"), List.of("Dutch"), Seniority.SENIOR, "Rotterdam", RemotePolicy.HYBRID,
            new BigDecimal("65000"), new BigDecimal("80000"), "EUR", FeeTerms.percentage(new BigDecimal("22.5")),
            JobStatus.FILLED, UUID.randomUUID(), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1));

    @Test
    void the_builder_builds_what_the_canonical_constructor_does() {
        JobDraft built = JobDraft.builder().title("Planner").companyId(COMPANY)
                .hiringManagerId(EVERYTHING.hiringManagerId()).description("Plan supply").skills(List.of("SAP APO"))
                .niceToHave(List.of("Dutch")).seniority(Seniority.SENIOR).location("Rotterdam")
                .remotePolicy(RemotePolicy.HYBRID).salaryMin(new BigDecimal("65000"))
                .salaryMax(new BigDecimal("80000")).salaryCurrency("EUR")
                .fee(FeeTerms.percentage(new BigDecimal("22.5"))).status(JobStatus.FILLED)
                .ownerId(EVERYTHING.ownerId()).openedOn(LocalDate.of(2026, 1, 5)).closedOn(LocalDate.of(2026, 3, 1))
                .build();

        assertThat(built).isEqualTo(EVERYTHING);
    }

    @Test
    void a_copy_differs_only_where_it_was_changed_and_what_is_not_set_is_empty() {
        assertThat(EVERYTHING.toBuilder().build()).isEqualTo(EVERYTHING);
        assertThat(EVERYTHING.toBuilder().status(JobStatus.OPEN).closedOn(null).build()).isEqualTo(new JobDraft(
                "Planner", COMPANY, EVERYTHING.hiringManagerId(), "Plan supply", EVERYTHING.skills(),
                EVERYTHING.niceToHave(), Seniority.SENIOR, "Rotterdam", RemotePolicy.HYBRID, EVERYTHING.salaryMin(),
                EVERYTHING.salaryMax(), "EUR", EVERYTHING.fee(), JobStatus.OPEN, EVERYTHING.ownerId(),
                EVERYTHING.openedOn(), null));
        assertThat(JobDraft.builder().title("Planner").build()).isEqualTo(new JobDraft("Planner", null, null, null,
                List.of(), List.of(), null, null, null, null, null, null, null, null, null, null, null));
    }
}
