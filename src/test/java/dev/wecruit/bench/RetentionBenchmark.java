package dev.wecruit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wecruit.IntegrationTest;
import dev.wecruit.activities.ActivityDraft;
import dev.wecruit.activities.ActivityService;
import dev.wecruit.activities.ActivityType;
import dev.wecruit.auth.LocalAccountService;
import dev.wecruit.candidates.CandidateDraft;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.candidates.TestCandidates;
import dev.wecruit.companies.CompanyService;
import dev.wecruit.companies.TestCompanies;
import dev.wecruit.demo.RealisticFirmGenerator;
import dev.wecruit.jobs.JobDetails;
import dev.wecruit.jobs.JobService;
import dev.wecruit.jobs.TestJobs;
import dev.wecruit.pipeline.ApplicationService;
import dev.wecruit.privacy.ErasureService;
import dev.wecruit.privacy.RetentionRunReport;
import dev.wecruit.privacy.RetentionService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Founder;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention at the scale (issue 18): a firm of 100,000 candidates of whom 10,000 are due (and 1,000 more
 * inactive but in an open job's pipeline, whom the run must keep). Measures the day's run that notices them, the run
 * that anonymises them, how long a member waits to lock a record the run is working on (a probe thread locks random
 * due candidates throughout), and erasing one candidate with 20 activities and 2 applications. The firm's 90,000
 * others are generated once into a kept database of its own ({@code target/bench-postgres-retention}, about 4
 * minutes); each run adds the 11,000 again and removes the anonymised ones first. Results go to the console and
 * {@code target/benchmarks/retention.md}.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "wecruit.db.embedded.ephemeral=false",
        "wecruit.db.embedded.directory=target/bench-postgres-retention",
        "wecruit.demo.enabled=false",
        "wecruit.crypto.rotation.on-startup=false",
        "logging.level.org.hibernate.SQL=off"
})
class RetentionBenchmark {

    static final int OTHERS = 90_000;
    static final int DUE = 10_000;
    static final int KEPT_IN_PIPELINES = 1_000;
    static final int ERASURES = 30;
    static final String BENCH_TAG = "Retention benchmark";

    @Autowired LocalAccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired CurrentTenant currentTenant;
    @Autowired CandidateService candidates;
    @Autowired CompanyService companies;
    @Autowired JobService jobs;
    @Autowired ApplicationService applications;
    @Autowired ActivityService activities;
    @Autowired RetentionService retention;
    @Autowired ErasureService erasure;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired FlywayConnectionDetails ownerConnection;

    private final List<String> report = new ArrayList<>();

    @Test
    void measures_the_daily_run_and_erasure() throws IOException {
        UUID firm = ensureFirm();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        currentTenant.runAs(firm, () -> {
            transactions.executeWithoutResult(status -> {
                // what an earlier run left: the anonymised, and its own candidates if it stopped half-way
                jdbc.update("delete from candidates where anonymised_at is not null or ? = any (tags)", BENCH_TAG);
                jdbc.update("delete from retention_notices");
                jdbc.update("delete from retention_runs");
            });
            retention.changeRules(null, 30);
            List<UUID> due = createInactive(DUE, "Due");
            List<UUID> kept = createInactive(KEPT_IN_PIPELINES, "Kept");
            JobDetails job = jobs.create(TestJobs.aJobAt(companies.create(TestCompanies.aCompany()).id()));
            for (int from = 0; from < kept.size(); from += 500) {
                applications.addAll(kept.subList(from, Math.min(kept.size(), from + 500)), job.id());
            }
            Timestamp longAgo = Timestamp.from(Instant.now().minus(2_000, ChronoUnit.DAYS));
            transactions.executeWithoutResult(status -> jdbc.update(
                    "update candidates set last_activity_at = ? where id = any (?)", longAgo,
                    java.util.stream.Stream.concat(due.stream(), kept.stream()).toArray(UUID[]::new)));
            vacuum();
            long count = transactions.execute(status -> jdbc.queryForObject("select count(*) from candidates",
                    Long.class));
            report.add(String.format(Locale.ROOT, "Firm of %,d candidates, %,d of them due and %,d inactive but in"
                    + " an open job's pipeline", count, DUE, KEPT_IN_PIPELINES));

            LocalDate today = LocalDate.now(organizations.timeZone());
            long started = System.nanoTime();
            RetentionRunReport noticing = retention.run(today);
            double noticeSeconds = (System.nanoTime() - started) / 1e9;
            // the generated firm has a few long-quiet candidates of its own: they are due too
            assertThat(noticing.noticed()).isGreaterThanOrEqualTo(DUE);
            report.add(String.format(Locale.ROOT, "| the run that notices them (%,d due) | %.1f s |",
                    noticing.noticed(), noticeSeconds));

            Timings waits = new Timings(2_000_000);
            AtomicInteger lockTimeouts = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            // a member's edit of a due candidate while the run goes: it gives up if it waits over 100 ms for the lock
            Thread probe = Thread.ofPlatform().start(() -> currentTenant.runAs(firm, () -> {
                while (running.get()) {
                    UUID id = due.get(ThreadLocalRandom.current().nextInt(due.size()));
                    long before = System.nanoTime();
                    try {
                        transactions.executeWithoutResult(status -> {
                            jdbc.execute("set local lock_timeout = '100ms'");
                            jdbc.queryForList("select id from candidates where id = ? for update", UUID.class, id);
                        });
                        waits.add(System.nanoTime() - before);
                    } catch (org.springframework.dao.DataAccessException timedOut) {
                        lockTimeouts.incrementAndGet();
                    }
                }
            }));
            started = System.nanoTime();
            RetentionRunReport anonymising = retention.run(today.plusDays(30));
            double runSeconds = (System.nanoTime() - started) / 1e9;
            running.set(false);
            try {
                probe.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertThat(anonymising.anonymised()).isEqualTo(noticing.noticed());
            long stillPeople = transactions.execute(status -> jdbc.queryForObject(
                    "select count(*) from candidates where id = any (?) and anonymised_at is null", Long.class,
                    (Object) kept.toArray(UUID[]::new)));
            assertThat(stillPeople).isEqualTo(KEPT_IN_PIPELINES);
            report.add(String.format(Locale.ROOT, "| the run that anonymises them (%,d, target ≤ 120 s) | %.1f s"
                    + " (%.1f ms a candidate) |", anonymising.anonymised(), runSeconds,
                    runSeconds * 1000 / anonymising.anonymised()));
            report.add(String.format(Locale.ROOT, "| a member locking a due candidate while it runs: locks waited"
                    + " for over 100 ms (target 0), and the whole transaction p50 / p95 / max of %,d probes | %d;"
                    + " %.2f / %.2f / %.1f ms |", waits.count(), lockTimeouts.get(), waits.medianMillis(),
                    waits.p95Millis(), waits.maxMillis()));

            Timings erasures = new Timings(ERASURES);
            for (int i = 0; i < ERASURES + 5; i++) {
                String name = "Person" + i;
                UUID person = candidates.create(TestCandidates.aCandidate().named("Erased", name)
                        .withEmail("erased." + UUID.randomUUID() + "@example.com").draft()).id();
                applications.add(person, job.id());
                for (int a = 0; a < 20; a++) {
                    activities.log(new ActivityDraft(ActivityType.NOTE, "Note " + a, "About person " + i, null,
                            person, a % 2 == 0 ? job.id() : null, null, null));
                }
                if (i < 5) {
                    erasure.erase(person, "Erased " + name);
                } else {
                    erasures.time(() -> erasure.erase(person, "Erased " + name));
                }
            }
            report.add(String.format(Locale.ROOT, "| erasing one candidate with 20 activities and an application"
                    + " (p50 / p95 of %d, target ≤ 1 s) | %.1f / %.1f ms |", ERASURES, erasures.medianMillis(),
                    erasures.p95Millis()));
        });
        report.forEach(System.out::println);
        Path file = Path.of("target/benchmarks/retention.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private UUID ensureFirm() {
        UUID account = accounts.findOrCreateAccount("bench-retention@wecruit.example", "Bench Retention",
                "bench-password-1");
        var memberships = organizations.membershipsOfAccount(account);
        if (!memberships.isEmpty()) {
            return memberships.getFirst().tenantId();
        }
        UUID firm = organizations.createOrganization("Benchmark Retention", "benchmark-retention",
                List.of(new Founder(account, Role.ADMIN)));
        long started = System.nanoTime();
        var generator = new RealisticFirmGenerator(companies, jobs, candidates, applications, activities,
                organizations, transactionManager, Clock.systemUTC());
        currentTenant.callAs(firm, () -> generator.generate(new RealisticFirmGenerator.Scale(30, 2, 25, OTHERS,
                20_000), 42));
        System.out.printf(Locale.ROOT, "Generated the firm's %,d others in %.0f s%n", OTHERS,
                (System.nanoTime() - started) / 1e9);
        return firm;
    }

    private List<UUID> createInactive(int count, String lastName) {
        List<UUID> ids = new ArrayList<>(count);
        for (int from = 0; from < count; from += 1_000) {
            List<CandidateDraft> drafts = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 1_000); i++) {
                drafts.add(TestCandidates.aCandidate().named("Quiet" + i, lastName)
                        .withEmail("quiet." + UUID.randomUUID() + "@example.com").withSkill("Payroll")
                        .withTag(BENCH_TAG).draft());
            }
            ids.addAll(candidates.createAll(drafts));
        }
        return ids;
    }

    /** Statistics as autovacuum would soon leave them after the load, so each run plans on the same footing. */
    private void vacuum() {
        try (Connection owner = DriverManager.getConnection(ownerConnection.getJdbcUrl(),
                ownerConnection.getUsername(), ownerConnection.getPassword());
                Statement statement = owner.createStatement()) {
            statement.execute("vacuum (analyze) candidates, applications, application_stage_history, activities");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not vacuum the benchmark database", e);
        }
    }
}
