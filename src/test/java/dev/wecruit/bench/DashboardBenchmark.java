package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.JobStatus;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.reporting.Dashboard;
import dev.wecruit.reporting.DashboardFilter;
import dev.wecruit.reporting.ReportingService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's server side (issue 20): {@link ReportingService#dashboard} at the dashboard firm (100,000
 * candidates, 1,000,000 activities), for the firm and for one recruiter, over several filters, as a member of the
 * firm. Each filter is run a few times to warm up, then timed; also the heap a computed dashboard keeps and what one
 * computation allocates. Results go to the console and {@code target/benchmarks/dashboard-<candidates>.md}.
 */
@IntegrationTest
@DashboardFirmDatabase
class DashboardBenchmark {

    private static final int WARM_UP = 3;
    private static final int SAMPLES = 20;

    @Autowired DashboardFirm dashboardFirm;
    @Autowired CurrentTenant currentTenant;
    @Autowired OrganizationService organizations;
    @Autowired ReportingService reporting;
    @Autowired JobService jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired ApplicationService applications;
    @Autowired ActivityService activityService;
    @Autowired CandidateService candidates;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_the_dashboard_of_a_firm_of_a_hundred_thousand_candidates_and_a_million_activities()
            throws IOException {
        UUID firm = dashboardFirm.ensure(report);
        Authentication admin = signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                DashboardFirm.email(0), DashboardFirm.password(0)));
        Authentication recruiting = signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                DashboardFirm.email(1), DashboardFirm.password(1)));
        signInAs(recruiting);
        UUID recruiter = currentTenant.currentMemberId().orElseThrow();
        signInAs(admin);
        long activities = count(firm, "activities");
        long stays = count(firm, "application_stage_history");
        assertThat(activities).isGreaterThanOrEqualTo(DashboardFirm.ACTIVITIES);
        List<JobDetails> all = jobs.list(Set.of());
        JobDetails anOpenJob = all.stream().filter(job -> job.status() == JobStatus.OPEN)
                .findFirst().orElseThrow();
        LocalDate today = reporting.today();
        DashboardFilter days90 = DashboardFilter.lastDays(today, DashboardFilter.DEFAULT_DAYS);

        Map<String, Run> runs = new LinkedHashMap<>();
        runs.put("firm, last 90 days", new Run(admin, days90));
        runs.put("firm, last 30 days", new Run(admin, DashboardFilter.lastDays(today, 30)));
        runs.put("firm, last 365 days", new Run(admin, DashboardFilter.lastDays(today, 365)));
        runs.put("firm, last two years", new Run(admin, DashboardFilter.lastDays(today, 730)));
        runs.put("one recruiter (\"mine\"), last 90 days", new Run(recruiting, days90.withOwner(recruiter)));
        runs.put("one client, last 90 days", new Run(admin, days90.withCompany(anOpenJob.companyId())));
        runs.put("one job, last 90 days", new Run(admin, days90.withJob(anOpenJob.id())));

        line(String.format(Locale.ROOT, "Firm: %,d candidates, %,d activities, %,d jobs, %,d stage stays",
                BenchmarkFirm.CANDIDATES, activities, all.size(), stays));
        line("| dashboard, server computation | target | median | p95 | max | allocated per computation |");
        line("|---|---|---|---|---|---|");
        for (var entry : runs.entrySet()) {
            Run run = entry.getValue();
            Dashboard sample = compute(firm, run);
            assertThat(sample.weeks()).as("activity in " + entry.getKey()).isNotEmpty();
            for (int i = 0; i < WARM_UP; i++) {
                compute(firm, run);
            }
            var timings = new Timings(SAMPLES);
            long allocated = 0;
            for (int i = 0; i < SAMPLES; i++) {
                long bytesBefore = allocatedBytes();
                timings.time(() -> compute(firm, run));
                allocated += allocatedBytes() - bytesBefore;
            }
            line(String.format(Locale.ROOT, "| %s | p95 ≤ 300 ms | %.0f ms | %.0f ms | %.0f ms | %.1f MB |",
                    entry.getKey(), timings.medianMillis(), timings.p95Millis(), timings.maxMillis(),
                    allocated / (double) SAMPLES / 1e6));
        }
        whereTheTimeGoes(runs.get("firm, last 90 days").filter(), all);
        var retained = Timings.retainedPerItem(3, 10,
                count -> IntStream.range(0, count).mapToObj(i -> compute(firm, runs.get("firm, last 90 days")))
                        .toList(), dashboards -> { });
        line(String.format(Locale.ROOT, "Heap a computed dashboard (firm, last 90 days) keeps: %.0f KB median"
                + " (%.0f-%.0f KB over 3 trials of 10)", retained.medianKb(), retained.minKb(), retained.maxKb()));
        Path file = Path.of("target/benchmarks/dashboard-" + BenchmarkFirm.CANDIDATES + ".md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    /**
     * The firm's 90 days again, input by input: the services the dashboard reads, each timed alone, so that what is
     * left of the total is the figures' own computation in Java.
     */
    private void whereTheTimeGoes(DashboardFilter filter, List<JobDetails> all) {
        Instant since = Instant.now().minus(Duration.ofDays(365));
        List<UUID> jobIds = all.stream().map(JobDetails::id).toList();
        List<UUID> stuck = reporting.dashboard(filter).attention().stuck().stream()
                .map(Dashboard.StuckCandidate::candidateId).distinct().toList();
        Map<String, Runnable> inputs = new LinkedHashMap<>();
        inputs.put("JobService.list (every job, with stages)", () -> jobs.list(Set.of()));
        inputs.put("ApplicationService.staysSince (stays of the last year's cards)",
                () -> applications.staysSince(jobIds, since));
        inputs.put("ActivityService.weeklyCounts (one period)",
                () -> activityService.weeklyCounts(filter.from(), filter.to().plusDays(1), null, null));
        inputs.put(String.format(Locale.ROOT, "CandidateService.profiles (the %,d stuck candidates named)",
                stuck.size()),
                () -> candidates.profiles(stuck));
        explainTheActivityCount(currentTenant.requireMember().membership().tenantId(), filter);
        line("");
        line("| firm, last 90 days: one input alone | median | p95 | allocated |");
        line("|---|---|---|---|");
        inputs.forEach((name, input) -> {
            for (int i = 0; i < WARM_UP; i++) {
                input.run();
            }
            var timings = new Timings(SAMPLES);
            long allocated = 0;
            for (int i = 0; i < SAMPLES; i++) {
                long bytesBefore = allocatedBytes();
                timings.time(input);
                allocated += allocatedBytes() - bytesBefore;
            }
            line(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.1f MB |", name, timings.medianMillis(),
                    timings.p95Millis(), allocated / (double) SAMPLES / 1e6));
        });
    }

    /** The plan of the firm's weekly activity count over the period, as {@code ActivitySeries} runs it (date_trunc). */
    private void explainTheActivityCount(UUID firm, DashboardFilter filter) {
        List<String> plan = currentTenant.callAs(firm, () -> new TransactionTemplate(transactionManager).execute(
                status -> jdbc.queryForList("""
                        explain (analyze, buffers)
                        select date_trunc('week', day::timestamp)::date as week, actor_id, type, sum(n) as n
                          from activity_day_counts
                         where day >= ? and day < ? and actor_id is not null
                         group by 1, 2, 3
                         order by 1, 2, 3""", String.class, filter.from(), filter.to().plusDays(1))));
        line("");
        line("The weekly activity count's plan, firm, last 90 days:");
        line("```");
        plan.forEach(this::line);
        line("```");
    }

    /** Rows of the table the firm sees (in a transaction, where row-level security knows the firm). */
    private long count(UUID firm, String table) {
        return currentTenant.callAs(firm, () -> new TransactionTemplate(transactionManager).execute(status ->
                jdbc.queryForObject("select count(*) from " + table, Long.class)));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private record Run(Authentication member, DashboardFilter filter) {
    }

    private Dashboard compute(UUID firm, Run run) {
        signInAs(run.member());
        return reporting.dashboard(run.filter());
    }

    private static void signInAs(Authentication member) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(member);
        SecurityContextHolder.setContext(context);
    }

    private static long allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadAllocatedBytes();
    }

    private void line(String line) {
        System.out.println(line);
        report.add(line);
    }
}
