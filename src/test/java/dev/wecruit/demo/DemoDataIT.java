package dev.wecruit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestClock;
import dev.wecruit.TestFirms;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.auth.internal.LocalAuthenticationProvider;
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
import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.pipeline.StageStay;
import dev.wecruit.reporting.Dashboard;
import dev.wecruit.reporting.DashboardFilter;
import dev.wecruit.reporting.ReportingService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

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
    @Autowired ReportingService reporting;
    @Autowired RealisticFirmGenerator generator;
    @Autowired LocalAuthenticationProvider signIn;
    @Autowired TestClock clock;

    @AfterEach
    void signOutAndReleaseTheClock() {
        SignedIn.out();
        clock.release();
    }

    @Test
    void the_main_demo_firm_has_clients_jobs_candidates_pipelines_and_two_years_of_activity() {
        UUID northwind = firmOf(DemoFirms.NORTHWIND);

        as(northwind, () -> {
            assertThat(companies.count()).isEqualTo(30);
            assertThat(companies.countContacts()).isEqualTo(60);
            assertThat(jobs.count(Set.of())).isEqualTo(25);
            assertThat(candidates.count()).isEqualTo(40);
            // 200 logged by recruiters, on top of a stage change for every move in the pipelines' histories
            long moves = jobs.list(Set.of()).stream().map(JobDetails::id).mapToLong(this::moves).sum();
            assertThat(moves).isGreaterThan(25);
            assertThat(activities.countOnDays(LocalDate.now().minusDays(732), LocalDate.now().plusDays(2)))
                    .isEqualTo(200 + moves);
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

    @Test
    void the_demo_firms_pipelines_have_a_history_over_two_years_that_ends_where_each_card_is_now() {
        UUID northwind = firmOf(DemoFirms.NORTHWIND);
        Instant now = Instant.now();

        as(northwind, () -> {
            List<JobDetails> all = jobs.list(Set.of());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            assertThat(all).as("jobs opened more than a year ago").anyMatch(job -> job.openedOn().isBefore(
                    today.minusDays(365)));
            assertThat(all).as("jobs opened in the last three months").anyMatch(job -> job.openedOn().isAfter(
                    today.minusDays(90)));
            List<StageStay> stays = applications.staysSince(all.stream().map(JobDetails::id).toList(),
                    now.minus(Duration.ofDays(800)));
            Map<UUID, List<StageStay>> byCard = stays.stream()
                    .collect(Collectors.groupingBy(StageStay::applicationId));
            List<ApplicationSummary> cards = new ArrayList<>();
            applications.applicationsOfJobs(all.stream().map(JobDetails::id).toList()).values().forEach(cards::addAll);
            assertThat(byCard.keySet()).containsExactlyInAnyOrderElementsOf(
                    cards.stream().map(ApplicationSummary::id).toList());
            for (ApplicationSummary card : cards) {
                List<StageStay> path = byCard.get(card.id()).stream()
                        .sorted(Comparator.comparing(StageStay::enteredAt)).toList();
                assertThat(path.getLast().stageId()).as("the last stay is the card's stage").isEqualTo(card.stageId());
                assertThat(path.getLast().exitedAt()).isNull();
                assertThat(path.getLast().enteredAt()).isEqualTo(card.stageEnteredAt());
                for (int i = 0; i + 1 < path.size(); i++) {
                    assertThat(path.get(i).exitedAt()).as("a stay ends when the next begins")
                            .isEqualTo(path.get(i + 1).enteredAt());
                }
                if (path.getLast().stageKind() == StageKind.REJECTED) {
                    assertThat(card.rejectionReason()).isNotBlank();
                    assertThat(path).as("rejected after at least one stage").hasSizeGreaterThan(1);
                }
            }
            Set<Integer> weeks = stays.stream().map(stay -> stay.enteredAt().atZone(ZoneOffset.UTC)
                    .get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + 100 * stay.enteredAt().atZone(ZoneOffset.UTC).getYear())
                    .collect(Collectors.toSet());
            assertThat(weeks).as("weeks in which cards entered a stage").hasSizeGreaterThan(26);
            assertThat(stays).as("stays that lasted more than a week")
                    .anyMatch(stay -> stay.exitedAt() != null
                            && Duration.between(stay.enteredAt(), stay.exitedAt()).toDays() > 7);
            var activeNow = cards.stream().filter(card -> byCard.get(card.id()).stream()
                    .anyMatch(stay -> stay.exitedAt() == null && stay.stageKind() == StageKind.ACTIVE)).toList();
            assertThat(activeNow).as("cards that read Today on the board")
                    .anyMatch(card -> card.stageEnteredAt().isAfter(now.minus(Duration.ofDays(1))));
            assertThat(activeNow).as("cards that read 3 weeks or so on the board")
                    .anyMatch(card -> card.stageEnteredAt().isBefore(now.minus(Duration.ofDays(14))));
            assertThat(stays).as("nothing in the future").allMatch(stay -> !stay.enteredAt().isAfter(now));
            return null;
        });
    }

    @Test
    void the_demo_firms_dashboard_has_a_funnel_times_in_stage_placements_with_fees_and_activity() {
        signInAs(DemoFirms.NORTHWIND.people().getFirst());

        Dashboard dashboard = reporting.dashboard(DashboardFilter.lastDays(reporting.today(),
                DashboardFilter.DEFAULT_DAYS));

        assertThat(dashboard.firmFunnel().cohort()).as("candidates who entered a pipeline").isGreaterThan(0);
        assertThat(dashboard.firmFunnel().steps()).filteredOn(step -> step.reached() > 0).hasSizeGreaterThan(2);
        assertThat(dashboard.timeInStage()).isNotEmpty()
                .allSatisfy(stage -> assertThat(stage.median()).isPositive());
        assertThat(dashboard.timeInStage()).anyMatch(stage -> stage.median().toDays() >= 3);
        assertThat(dashboard.placements()).isNotEmpty();
        assertThat(dashboard.fees().realised()).isGreaterThan(BigDecimal.ZERO);
        assertThat(dashboard.timeToPlace().count()).isGreaterThan(0);
        assertThat(dashboard.activity()).as("both recruiters, this period and the one before").hasSize(2)
                .allSatisfy(recruiter -> {
                    assertThat(recruiter.total()).isGreaterThan(0);
                    assertThat(recruiter.previousTotal()).isGreaterThan(0);
                });
        for (ActivityType type : List.of(ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING,
                ActivityType.NOTE, ActivityType.STAGE_CHANGE)) {
            assertThat(dashboard.activity().stream().mapToLong(recruiter -> recruiter.current().get(type)).sum())
                    .as(type + " in the period").isGreaterThan(0);
        }
        assertThat(dashboard.weeks()).hasSizeGreaterThan(6);
        assertThat(dashboard.sources()).isNotEmpty();
    }

    @Test
    void the_same_seed_on_the_same_clock_gives_the_same_history_and_another_seed_another() {
        clock.fixAt(Instant.parse("2026-11-20T10:00:00Z"));
        var scale = new RealisticFirmGenerator.Scale(5, 1, 6, 40, 150);

        List<Object> first = generatedFigures(scale, 7);
        List<Object> again = generatedFigures(scale, 7);
        List<Object> other = generatedFigures(scale, 8);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    /** What a fresh firm generated with the seed adds up to: counts, and the dashboard's figures over two years. */
    private List<Object> generatedFigures(RealisticFirmGenerator.Scale scale, long seed) {
        var firm = TestFirms.aFirm("Seeded " + seed).withMember(Role.ADMIN).withMember(Role.RECRUITER)
                .create(accounts, organizations);
        var result = currentTenant.callAs(firm.id(), () -> generator.generate(scale, seed));
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        LocalDate today = reporting.today();
        Dashboard dashboard = reporting.dashboard(new DashboardFilter(today.minusYears(2), today, null, null, null));
        SignedIn.out();
        Function<Dashboard.Durations, Object> durations = d -> List.of(d.count(), String.valueOf(d.median()));
        assertThat(dashboard.placements()).isNotEmpty();
        return List.of(result, dashboard.firmFunnel().steps(), dashboard.timeInStage(),
                durations.apply(dashboard.timeToFill()), durations.apply(dashboard.timeToPlace()),
                dashboard.weeks(), dashboard.placements(), dashboard.fees());
    }

    private long moves(UUID jobId) {
        return applications.applicationsOf(jobId).stream()
                .mapToLong(card -> applications.stageHistory(card.id()).size() - 1).sum();
    }

    private void signInAs(DemoFirms.Person person) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(person.email(), person.password())));
        SecurityContextHolder.setContext(context);
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
