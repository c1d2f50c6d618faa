package dev.wecruit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateQuery;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.CandidateSort;
import dev.wecruit.candidates.CandidateSummary;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded demo firm opens with realistic data (scaled down to 40 candidates in tests), seeded once. */
@IntegrationTest
class DemoDataIT {

    @Autowired DemoDataSeeder seeder;
    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CurrentTenant currentTenant;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired CandidateService candidates;
    @Autowired ApplicationService applications;
    @Autowired ActivityService activities;

    @Test
    void the_main_demo_firm_has_clients_jobs_candidates_pipelines_and_two_years_of_activity() {
        UUID northwind = firmOf(DemoFirms.NORTHWIND);

        as(northwind, () -> {
            assertThat(companies.count()).isEqualTo(30);
            assertThat(companies.countContacts()).isEqualTo(60);
            assertThat(jobs.count(Set.of())).isEqualTo(25);
            assertThat(candidates.count()).isEqualTo(40);
            assertThat(activities.countSince(Instant.now().minus(Duration.ofDays(731)))).isEqualTo(200);
            var someCandidates = candidates.search(CandidateQuery.ALL, CandidateSort.Order.DEFAULT, 0, 40);
            assertThat(someCandidates.stream().map(CandidateSummary::currentTitle).distinct().count())
                    .as("varied titles").isGreaterThan(10);
            assertThat(someCandidates).allSatisfy(candidate -> assertThat(candidate.skills()).isNotEmpty());
            Set<StageKind> kindsInUse = new HashSet<>();
            for (JobDetails job : jobs.list(Set.of())) {
                assertThat(job.description()).isNotBlank();
                applications.countsByStage(job.id()).forEach((Stage stage, Long count) -> {
                    if (count > 0) {
                        kindsInUse.add(stage.kind());
                    }
                });
            }
            assertThat(kindsInUse).containsExactlyInAnyOrder(StageKind.values());
            return null;
        });
    }

    @Test
    void starting_again_adds_nothing() {
        UUID northwind = firmOf(DemoFirms.NORTHWIND);
        long before = as(northwind, () -> candidates.count());

        seeder.seed();

        assertThat(as(northwind, () -> candidates.count())).isEqualTo(before);
    }

    private UUID firmOf(DemoFirms.Firm firm) {
        DemoFirms.Person admin = firm.people().getFirst();
        UUID account = accounts.findOrCreateAccount(admin.email(), admin.displayName(), admin.password());
        return organizations.membershipsOfAccount(account).getFirst().tenantId();
    }

    private <T> T as(UUID firm, Supplier<T> work) {
        return currentTenant.callAs(firm, work);
    }
}
