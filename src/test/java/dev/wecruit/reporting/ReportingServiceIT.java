package dev.wecruit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestClock;
import dev.wecruit.TestFirms;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.jobs.FeeTerms;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.reporting.Dashboard.FunnelStep;
import dev.wecruit.reporting.Dashboard.JobAttention;
import dev.wecruit.reporting.Dashboard.MonthPlacements;
import dev.wecruit.reporting.Dashboard.RecruiterActivity;
import dev.wecruit.reporting.Dashboard.SourceOfHire;
import dev.wecruit.reporting.Dashboard.StageTime;
import dev.wecruit.reporting.Dashboard.StuckCandidate;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every figure of the dashboard from a small history built on a fixed clock, against numbers worked out by hand.
 * Days are counted from T0, Monday 5 January 2026 09:00 UTC; the dashboard is read on day 56 for the period
 * 1 January to 1 March 2026. The firm's zone is UTC.
 *
 * <pre>
 * job A (20 % of 60,000-80,000 EUR, owner recruiter, opened 29 Dec 2025)
 *   c1 Sourced d0, Screening d2, Submitted d6, Interview d10, Offer d14, Placed d20   (source LinkedIn)
 *   c2 Sourced d0, Screening d4, Rejected d12
 *   c3 Sourced d1, Screening d7 (still there)
 * job B (fixed 9,000 EUR, owner admin, opened 5 Jan 2026)
 *   c4 Sourced d0, Screening d6, Submitted d8, Offer d50 (still there)                (source Referral)
 *   c5 Sourced d3 (still there)
 * job C opened 27 Feb 2026, job D opened 1 Dec 2025: no candidates
 * </pre>
 */
@IntegrationTest
class ReportingServiceIT extends FirmTest {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final DashboardFilter PERIOD = new DashboardFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1),
            null, null, null);

    @Autowired ReportingService reporting;
    @Autowired ApplicationService applications;
    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired ActivityService activities;
    @Autowired CurrentTenant currentTenant;
    @Autowired TestClock clock;

    JobDetails jobA;
    JobDetails jobB;
    JobDetails jobC;
    JobDetails jobD;
    UUID recruiter;
    UUID admin;
    final Map<String, ApplicationSummary> cards = new HashMap<>();
    final Map<String, UUID> people = new HashMap<>();

    @BeforeEach
    void aHistory() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        admin = currentTenant.currentMemberId().orElseThrow();
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        recruiter = currentTenant.currentMemberId().orElseThrow();
        clock.fixAt(T0);
        UUID company = companies.create(TestCompanies.aCompany()).id();
        jobA = jobs.create(TestJobs.aJobAt(company).toBuilder().salaryMin(new BigDecimal("60000"))
                .salaryMax(new BigDecimal("80000")).salaryCurrency("EUR").fee(FeeTerms.percentage(new BigDecimal("20")))
                .ownerId(recruiter).openedOn(LocalDate.of(2025, 12, 29)).build());
        jobB = jobs.create(TestJobs.aJobAt(company).toBuilder().fee(FeeTerms.fixed(new BigDecimal("9000"), "EUR"))
                .ownerId(admin).openedOn(LocalDate.of(2026, 1, 5)).build());
        jobC = jobs.create(TestJobs.aJobAt(company).toBuilder().openedOn(LocalDate.of(2026, 2, 27)).build());
        jobD = jobs.create(TestJobs.aJobAt(company).toBuilder().openedOn(LocalDate.of(2025, 12, 1)).build());

        activities.log(logged(ActivityType.CALL, Instant.parse("2025-12-10T10:00:00Z")));
        activities.log(logged(ActivityType.CALL, Instant.parse("2025-12-11T10:00:00Z")));

        add("c1", jobA, "LinkedIn");
        add("c2", jobA, null);
        add("c4", jobB, "Referral");
        atDay(1);
        add("c3", jobA, null);
        activities.log(logged(ActivityType.CALL, null));
        atDay(2);
        move("c1", jobA, 1);
        activities.log(logged(ActivityType.EMAIL, null));
        atDay(3);
        add("c5", jobB, null);
        atDay(4);
        move("c2", jobA, 1);
        atDay(5);
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        activities.log(new ActivityDraft(ActivityType.CALL, "Call", null, null, null, jobB.id(), null, null));
        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        atDay(6);
        move("c1", jobA, 2);
        move("c4", jobB, 1);
        atDay(7);
        move("c3", jobA, 1);
        atDay(8);
        move("c4", jobB, 2);
        atDay(9);
        activities.log(logged(ActivityType.MEETING, null));
        activities.log(logged(ActivityType.NOTE, null));
        atDay(10);
        move("c1", jobA, 3);
        atDay(12);
        move("c2", jobA, 6);
        atDay(14);
        move("c1", jobA, 4);
        atDay(20);
        move("c1", jobA, 5);
        atDay(50);
        move("c4", jobB, 4);
        atDay(56);
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void the_funnel_counts_the_cohort_at_each_stage_reached_and_the_conversion_between_stages() {
        Dashboard dashboard = reporting.dashboard(PERIOD);

        assertThat(dashboard.firmFunnel().steps()).extracting(FunnelStep::stage, FunnelStep::reached,
                FunnelStep::conversion).containsExactly(
                        tuple("Sourced", 5L, null),
                        tuple("Screening", 4L, 0.8),
                        tuple("Submitted to client", 2L, 0.5),
                        tuple("Client interview", 2L, 1.0),
                        tuple("Offer", 2L, 1.0),
                        tuple("Placed", 1L, 0.5));
        assertThat(dashboard.jobFunnels()).extracting(Dashboard.Funnel::jobId).containsExactly(jobA.id(), jobB.id());
        assertThat(dashboard.jobFunnels().get(0).steps()).extracting(FunnelStep::reached)
                .containsExactly(3L, 3L, 1L, 1L, 1L, 1L);
        assertThat(dashboard.jobFunnels().get(1).steps()).extracting(FunnelStep::reached)
                .containsExactly(2L, 1L, 1L, 1L, 1L, 0L);
        assertThat(dashboard.jobFunnels().get(1).steps()).extracting(FunnelStep::stageId)
                .containsExactlyElementsOf(jobB.stages().stream().limit(6).map(Stage::id).toList());
        assertThat(dashboard.jobFunnels().get(1).steps().get(5).conversion()).isEqualTo(0.0);
    }

    @Test
    void time_in_stage_is_the_median_and_75th_percentile_of_the_stays_ended_in_the_period() {
        Dashboard dashboard = reporting.dashboard(PERIOD);

        assertThat(dashboard.timeInStage()).extracting(StageTime::stage, StageTime::stays, StageTime::median,
                StageTime::p75).containsExactly(
                        tuple("Sourced", 4L, days(5), days(6)),
                        tuple("Screening", 3L, days(4), days(6)),
                        tuple("Submitted to client", 2L, days(23),
                                Duration.ofHours(32 * 24 + 12)),
                        tuple("Client interview", 1L, days(4), days(4)),
                        tuple("Offer", 1L, days(6), days(6)));
        assertThat(dashboard.timeToPlace()).isEqualTo(new Dashboard.Durations(1, days(20)));
        // opened 29 December at midnight in the firm's zone, placed 25 January at 09:00
        assertThat(dashboard.timeToFill()).isEqualTo(new Dashboard.Durations(1, days(27).plusHours(9)));
    }

    @Test
    void placements_earn_a_percentage_of_the_salary_or_a_fixed_fee_realised_when_placed_and_expected_at_offer() {
        Dashboard dashboard = reporting.dashboard(PERIOD);

        assertThat(dashboard.currency()).isEqualTo("EUR");
        assertThat(dashboard.placements()).containsExactly(
                new MonthPlacements(YearMonth.of(2026, 1), 1, new BigDecimal("14000.00")));
        assertThat(dashboard.fees().realised()).isEqualByComparingTo("14000");
        assertThat(dashboard.fees().expected()).isEqualByComparingTo("9000");
        assertThat(dashboard.fees().atOffer()).isEqualTo(1);
        assertThat(dashboard.fees().uncounted()).isZero();
        assertThat(dashboard.sources()).containsExactly(new SourceOfHire("LinkedIn", 1, 1),
                new SourceOfHire("Referral", 1, 0));
    }

    @Test
    void needs_attention_names_the_longest_stuck_candidates_and_counts_every_one() {
        atDay(30);
        for (int i = 0; i < ReportingService.STUCK_LISTED + 2; i++) {
            add("late" + i, jobA, null);
        }
        atDay(56);

        Dashboard.Attention attention = reporting.dashboard(PERIOD).attention();

        // 26 days in Sourced, where the median is 5
        assertThat(attention.stuckCount()).isEqualTo(ReportingService.STUCK_LISTED + 4);
        assertThat(attention.stuck()).hasSize(ReportingService.STUCK_LISTED);
        assertThat(attention.stuck()).extracting(StuckCandidate::candidateId).startsWith(people.get("c5"),
                people.get("c3"));
        assertThat(attention.stuck()).allSatisfy(stuck -> assertThat(stuck.name()).startsWith("Cand "));
    }

    @Test
    void needs_attention_lists_quiet_jobs_candidates_stuck_past_twice_the_median_and_jobs_nobody_got_past_screening() {
        Dashboard.Attention attention = reporting.dashboard(PERIOD).attention();

        assertThat(attention.quietJobs()).extracting(JobAttention::jobId, JobAttention::lastMoveAt).containsExactly(
                tuple(jobD.id(), null),
                tuple(jobA.id(), T0.plus(days(20))));
        // c4 has been at Offer 6 days, the median there is 6: not stuck
        assertThat(attention.stuck()).extracting(StuckCandidate::candidateId, StuckCandidate::stage,
                StuckCandidate::firmMedian).containsExactly(
                        tuple(people.get("c5"), "Sourced", days(5)),
                        tuple(people.get("c3"), "Screening", days(4)));
        assertThat(attention.stuck().getFirst().name()).isEqualTo("Cand c5");
        assertThat(attention.stuckCount()).isEqualTo(2);
        assertThat(attention.noneBeyondScreening()).extracting(JobAttention::jobId)
                .containsExactly(jobC.id(), jobD.id());
    }

    @Test
    void activity_is_counted_per_member_and_type_against_the_period_before() {
        Dashboard dashboard = reporting.dashboard(PERIOD);

        assertThat(dashboard.activity()).extracting(RecruiterActivity::memberId).containsExactly(recruiter, admin);
        RecruiterActivity mine = dashboard.activity().getFirst();
        assertThat(mine.current()).containsEntry(ActivityType.CALL, 1L).containsEntry(ActivityType.EMAIL, 1L)
                .containsEntry(ActivityType.MEETING, 1L).containsEntry(ActivityType.NOTE, 1L)
                .containsEntry(ActivityType.STAGE_CHANGE, 11L);
        assertThat(mine.previous()).containsEntry(ActivityType.CALL, 2L).containsEntry(ActivityType.STAGE_CHANGE, 0L);
        assertThat(dashboard.activity().get(1).current()).containsEntry(ActivityType.CALL, 1L);
        assertThat(dashboard.weeks()).filteredOn(week -> week.week().equals(LocalDate.of(2026, 1, 5))).singleElement()
                .satisfies(week -> assertThat(week.counts()).containsEntry(ActivityType.CALL, 2L)
                        .containsEntry(ActivityType.EMAIL, 1L).containsEntry(ActivityType.STAGE_CHANGE, 4L));
        assertThat(dashboard.weeks()).filteredOn(week -> week.week().equals(LocalDate.of(2026, 1, 12)))
                .singleElement().satisfies(week -> assertThat(week.counts()).containsEntry(ActivityType.MEETING, 1L)
                        .containsEntry(ActivityType.NOTE, 1L).containsEntry(ActivityType.STAGE_CHANGE, 4L));
    }

    @Test
    void an_owner_sees_only_their_jobs_and_their_own_activity_and_a_job_only_its_own() {
        Dashboard admins = reporting.dashboard(PERIOD.withOwner(admin));

        assertThat(admins.jobFunnels()).extracting(Dashboard.Funnel::jobId).containsExactly(jobB.id());
        assertThat(admins.firmFunnel().cohort()).isEqualTo(2);
        assertThat(admins.placements()).isEmpty();
        assertThat(admins.activity()).extracting(RecruiterActivity::memberId).containsExactly(admin);

        Dashboard jobs = reporting.dashboard(PERIOD.withJob(jobA.id()));
        assertThat(jobs.firmFunnel().cohort()).isEqualTo(3);
        assertThat(jobs.activity()).extracting(RecruiterActivity::memberId).containsExactly(recruiter);
        // the job's eight moves, not c4's three on job B nor the calls about its client
        assertThat(jobs.activity().getFirst().current()).containsEntry(ActivityType.STAGE_CHANGE, 8L)
                .containsEntry(ActivityType.CALL, 0L);
    }

    @Test
    void another_firms_history_never_counts() {
        var other = TestFirms.aFirm("Other reporting firm").withMember(Role.RECRUITER).create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.RECRUITER));
        atDay(30);
        JobDetails theirs = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany()).id()).toBuilder()
                .fee(FeeTerms.fixed(new BigDecimal("5000"), "EUR")).build());
        ApplicationSummary card = applications.add(candidates.create(TestCandidates.aCandidate().draft()).id(),
                theirs.id());
        applications.move(card.id(), card.version(), theirs.stages().get(5).id(), 0, null);
        assertThat(reporting.dashboard(PERIOD).placements()).hasSize(1);

        SignedIn.as(signIn, firm.member(Role.RECRUITER));
        atDay(56);
        Dashboard ours = reporting.dashboard(PERIOD);
        assertThat(ours.placements()).containsExactly(
                new MonthPlacements(YearMonth.of(2026, 1), 1, new BigDecimal("14000.00")));
        assertThat(ours.firmFunnel().cohort()).isEqualTo(5);
        assertThat(ours.jobFunnels()).extracting(Dashboard.Funnel::jobId).doesNotContain(theirs.id());
    }

    private ActivityDraft logged(ActivityType type, Instant at) {
        return new ActivityDraft(type, type.name(), null, at, null, null, jobA.companyId(), null);
    }

    private void add(String card, JobDetails job, String source) {
        UUID candidate = candidates.create(TestCandidates.aCandidate().named("Cand", card).draft().toBuilder()
                .source(source).build()).id();
        people.put(card, candidate);
        cards.put(card, applications.add(candidate, job.id()));
    }

    private void move(String card, JobDetails job, int stage) {
        ApplicationSummary before = cards.get(card);
        Stage to = job.stages().get(stage);
        cards.put(card, applications.move(before.id(), before.version(), to.id(), 0,
                to.kind() == dev.wecruit.jobs.StageKind.REJECTED ? "Salary too high" : null));
    }

    private void atDay(int day) {
        clock.fixAt(T0.plus(days(day)));
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
