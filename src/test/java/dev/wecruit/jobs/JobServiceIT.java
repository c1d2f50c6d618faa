package dev.wecruit.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestClock;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.platform.persistence.StaleRecordException;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class JobServiceIT extends FirmTest {

    @Autowired JobService jobs;
    @Autowired StageService stageService;
    @Autowired CompanyService companies;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;

    UUID company;
    UUID hiringManager;

    @BeforeEach
    void aClientWithAHiringManager() {
        company = companies.create(TestCompanies.aCompany()).id();
        hiringManager = companies.createContact(TestCompanies.aContactAt(company)).id();
    }

    @Test
    void a_new_job_gets_its_own_copy_of_the_firms_stage_template() {
        JobDetails job = jobs.create(TestJobs.aJobAt(company, hiringManager));

        assertThat(job.stages()).extracting(Stage::name).containsExactly("Sourced", "Screening",
                "Submitted to client", "Client interview", "Offer", "Placed", "Rejected");
        assertThat(job.entryStage().name()).isEqualTo("Sourced");
        assertThat(job.fee().type()).isEqualTo(FeeTerms.Type.PERCENTAGE);
        assertThat(jobs.get(job.id()).fee().percentage()).isEqualByComparingTo("22.5");
        assertThat(job.skills()).containsExactly("SAP APO", "S&OP", "Excel");

        SignedIn.as(signIn, firm.member(Role.ADMIN)); // the template is the admins' to change
        stageService.replaceStageTemplate(List.of(new StageDefinition("Longlist", StageKind.ACTIVE),
                new StageDefinition("Hired", StageKind.HIRED), new StageDefinition("Declined", StageKind.REJECTED)));
        assertThat(jobs.get(job.id()).stages()).as("existing jobs keep their stages").hasSize(7);
        assertThat(jobs.create(TestJobs.aJobAt(company)).stages()).extracting(Stage::name)
                .containsExactly("Longlist", "Hired", "Declined");
    }

    @Test
    void a_job_opens_and_closes_on_the_firms_day_in_the_firms_time_zone() {
        // half past eleven at night in London is already the next morning in Auckland
        clock.fixAt(Instant.parse("2026-03-01T23:30:00Z"));
        try {
            JobDraft undated = new JobDraft("Night Shift Planner", company, null, null, List.of(), List.of(), null,
                    null, null, null, null, null, null, JobStatus.OPEN, null, null, null);
            assertThat(jobs.create(undated).openedOn()).as("a firm in UTC").isEqualTo(LocalDate.of(2026, 3, 1));

            SignedIn.as(signIn, firm.member(Role.ADMIN));
            FirmProfile profile = organizations.profile();
            organizations.changeProfile(new FirmProfile(profile.name(), profile.defaultCurrency(),
                    profile.retentionMonths(), ZoneId.of("Pacific/Auckland")));
            SignedIn.as(signIn, firm.member(Role.RECRUITER));
            JobDetails job = jobs.create(undated);
            JobDetails closed = jobs.update(job.id(), job.version(), new JobDraft(job.title(), company, null, null,
                    List.of(), List.of(), null, null, null, null, null, null, null, JobStatus.FILLED, null,
                    job.openedOn(), null));

            assertThat(job.openedOn()).as("a firm in Auckland").isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        } finally {
            clock.release();
        }
    }

    @Test
    void a_stage_template_without_one_stage_of_each_kind_or_with_twin_names_is_refused() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        assertThatThrownBy(() -> stageService.replaceStageTemplate(List.of(
                new StageDefinition("Longlist", StageKind.ACTIVE), new StageDefinition("Hired", StageKind.HIRED))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("stages"))
                        .contains("one active, one hired and one rejected"));
        assertThatThrownBy(() -> stageService.replaceStageTemplate(List.of(
                new StageDefinition("Screen", StageKind.ACTIVE), new StageDefinition("screen ", StageKind.ACTIVE), new StageDefinition("Hired", StageKind.HIRED),
                new StageDefinition("Out", StageKind.REJECTED))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("stages"))
                        .contains("Two stages are called \"screen\""));
        assertThat(stageService.stageTemplate()).isEqualTo(StageService.DEFAULT_STAGES);
    }

    @Test
    void a_hiring_manager_must_work_at_the_jobs_company() {
        UUID otherCompany = companies.create(TestCompanies.aCompany()).id();
        UUID elsewhere = companies.createContact(TestCompanies.aContactAt(otherCompany)).id();

        assertThatThrownBy(() -> jobs.create(TestJobs.aJobAt(company, elsewhere)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("hiringManagerId", "Not a contact at this company"));
        assertThat(jobs.list(Set.of())).isEmpty();
    }

    @Test
    void fee_salary_and_date_rules_get_a_message_per_field() {
        JobDraft base = TestJobs.aJobAt(company);
        JobDraft bad = new JobDraft("", company, null, null, List.of(), List.of(), null, null, null, new BigDecimal("90000"),
                new BigDecimal("80000"), null, FeeTerms.fixed(new BigDecimal("15000"), "XYZ"), JobStatus.FILLED, null,
                LocalDate.now(), LocalDate.now().minusDays(1));

        assertThatThrownBy(() -> jobs.create(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("title", "Enter the job title")
                        .containsEntry("salaryMax", "Must be at least the minimum")
                        .containsEntry("salaryCurrency", "Choose the salary's currency")
                        .containsEntry("fee", "Not a currency code (such as EUR, GBP or USD)")
                        .containsEntry("closedOn", "Cannot be before the opening date"));
        assertThatThrownBy(() -> jobs.create(TestJobs.withFee(base, FeeTerms.percentage(new BigDecimal("120")))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("fee")).contains("at most 100"));
        assertThat(jobs.list(Set.of())).isEmpty();
    }

    @Test
    void a_job_keeps_an_owner_who_has_left_the_firm_but_cannot_be_given_to_them() {
        UUID admin = organizations.members().stream().filter(m -> m.role() == Role.ADMIN).findFirst().orElseThrow()
                .id();
        JobDraft ownedByAdmin = withOwner(TestJobs.aJobAt(company), admin);
        JobDetails job = jobs.create(ownedByAdmin);
        transactions.executeWithoutResult(status -> jdbc.update("update members set active = false where id = ?",
                admin));

        JobDetails edited = jobs.update(job.id(), job.version(), withStatus(ownedByAdmin, JobStatus.ON_HOLD));

        assertThat(edited.ownerId()).isEqualTo(admin);
        assertThatThrownBy(() -> jobs.create(ownedByAdmin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("ownerId", "Not an active member of your firm"));
    }

    private static JobDraft withOwner(JobDraft d, UUID owner) {
        return new JobDraft(d.title(), d.companyId(), d.hiringManagerId(), d.description(), d.skills(), d.niceToHave(),
                d.seniority(),
                d.location(), d.remotePolicy(), d.salaryMin(), d.salaryMax(), d.salaryCurrency(), d.fee(), d.status(),
                owner, d.openedOn(), d.closedOn());
    }

    private static JobDraft withStatus(JobDraft draft, JobStatus status) {
        return TestJobs.withStatus(draft, status);
    }

    @Test
    void filling_a_job_closes_it_today_and_reopening_clears_the_date() {
        JobDetails job = jobs.create(TestJobs.aJobAt(company));

        // "today" is the firm's day (UTC for this firm) when the job is saved, whatever the JVM's zone
        Instant savedAt = Instant.now();
        clock.fixAt(savedAt);
        JobDetails filled;
        try {
            filled = jobs.update(job.id(), job.version(), TestJobs.withStatus(TestJobs.aJobAt(company),
                    JobStatus.FILLED));
        } finally {
            clock.release();
        }
        assertThat(filled.closedOn()).isEqualTo(LocalDate.ofInstant(savedAt, ZoneOffset.UTC));
        JobDetails reopened = jobs.update(job.id(), filled.version(), TestJobs.aJobAt(company));
        assertThat(reopened.closedOn()).isNull();

        assertThatThrownBy(() -> jobs.update(job.id(), job.version(), TestJobs.aJobAt(company)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(jobs.list(Set.of(JobStatus.OPEN))).extracting(JobDetails::id).containsExactly(job.id());
    }
}
