package dev.wecruit.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.WorkSummary;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** With the index kept on every change, as in production: an edit is read again by background work by itself. */
@IntegrationTest
@TestPropertySource(properties = "wecruit.matching.index-on-change=true")
class MatchIndexOnChangeIT extends FirmTest {

    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired MatchingService matching;
    @Autowired BackgroundWork work;

    @Test
    void a_new_job_and_an_edited_candidate_are_read_again_in_the_background_and_matched_as_they_now_are() {
        JobDetails job = jobs.create(MatchingFirm.payrollJob(companies.create(TestCompanies.aCompany()).id()));
        UUID tom = candidates.create(MatchingFirm.candidate("Tom", "Baker", "Management Accountant", "Harrow Mills",
                "Leeds", List.of("Excel"), new WorkExperience("Management Accountant", "Harrow Mills", 2016, null,
                        "Month-end close."))).id();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> matching.indexState().waiting() == 0);
        assertThat(requirementsMet(job, tom)).isZero();

        CandidateDetails before = candidates.get(tom);
        candidates.update(tom, before.version(), MatchingFirm.candidate("Tom", "Baker", "Payroll Officer",
                "Harrow Mills", "Leeds", List.of("Sage 50 Payroll", "RTI submissions"), new WorkExperience(
                        "Payroll Officer", "Harrow Mills", 2016, null, "Weekly payroll in Sage 50 Payroll.")));

        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> requirementsMet(job, tom) >= 2);
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        assertThat(work.recent(false, 10)).extracting(WorkSummary::title)
                .contains("Matching index: 1 candidate", "Matching index: 1 job");
    }

    private long requirementsMet(JobDetails job, UUID candidate) {
        return matching.candidatesFor(job.id(), MatchFilters.none(), 10).stream()
                .filter(match -> match.candidate().id().equals(candidate))
                .mapToLong(match -> match.evidence().stream().filter(item -> item.coverage() == Coverage.MET
                        && !item.requirement().text().startsWith("Based in")).count())
                .findFirst().orElse(0);
    }
}
