package dev.wecruit.privacy.internal;

import static dev.wecruit.candidates.TestCandidates.aCandidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wecruit.AnotherNode;
import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.privacy.RetentionRunReport;
import dev.wecruit.privacy.RetentionService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.WorkStatus;
import dev.wecruit.work.WorkSummary;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily run on real nodes: started once per firm whatever the number of nodes, and resumed when cut off. */
@IntegrationTest
class RetentionScheduleIT extends FirmTest {

    @Autowired RetentionSchedule schedule;
    @Autowired RetentionService retention;
    @Autowired CandidateService candidates;
    @Autowired BackgroundWork work;
    @Autowired CurrentTenant currentTenant;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ConfigurableApplicationContext context;

    private final List<UUID> stale = new ArrayList<>();

    @BeforeEach
    void threeCandidatesDueToday() {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        retention.changeRules(null, 0);
        for (String name : List.of("Ada", "Bo", "Cy")) {
            stale.add(candidates.create(aCandidate().named(name, "Stale").draft()).id());
        }
        Timestamp longAgo = Timestamp.from(Instant.now().minus(1500, ChronoUnit.DAYS));
        transactions.executeWithoutResult(status -> jdbc.update(
                "update candidates set last_activity_at = ? where id = any (?)", longAgo,
                stale.toArray(UUID[]::new)));
        stale.sort(null);
    }

    @Test
    void the_daily_run_on_two_nodes_starts_each_firms_run_once() {
        try (ConfigurableApplicationContext otherNode = AnotherNode.start(context)) {
            SignedIn.as(signIn, firm.member(Role.ADMIN));
            Timestamp before = Timestamp.from(Instant.now());
            // both nodes' schedulers find the day's row due, and both nodes are told to run at once besides
            jdbc.update("update scheduled_tasks set execution_time = now() where task_name = ?",
                    RetentionSchedule.KIND);
            RetentionSchedule there = otherNode.getBean(RetentionSchedule.class);
            CompletableFuture.allOf(CompletableFuture.runAsync(() -> schedule.run(Instant.now())),
                    CompletableFuture.runAsync(() -> there.run(Instant.now()))).join();

            await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> retention.lastRun()
                    .map(RetentionRunReport::finishedAt).isPresent());
            await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select coalesce(last_success > ?, false) from scheduled_tasks where task_name = ?",
                    Boolean.class, before, RetentionSchedule.KIND));
            List<WorkSummary> runs = work.recent(false, 50).stream()
                    .filter(summary -> summary.title().startsWith("Retention run")).toList();
            assertThat(runs).singleElement().satisfies(run -> assertThat(run.status()).isEqualTo(WorkStatus.DONE));
            assertThat(retention.lastRun().orElseThrow().anonymised()).isEqualTo(3);
            assertThat(stale).allSatisfy(id -> assertThat(candidates.get(id).fullName())
                    .isEqualTo("Anonymised candidate"));
        }
    }

    @Test
    void a_run_cut_off_half_way_resumes_and_does_only_what_was_left() {
        InterruptedAnonymisation.AT.set(stale.get(1));

        boolean started = currentTenant.callAs(firm.id(), () -> schedule.startRun(firm.id()));
        boolean again = currentTenant.callAs(firm.id(), () -> schedule.startRun(firm.id()));
        assertThat(started).isTrue();
        assertThat(again).as("the day's run is started once").isFalse();

        WorkSummary run = await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> work.recent(false, 10).stream()
                .filter(summary -> summary.title().startsWith("Retention run")).findFirst()
                .filter(summary -> summary.status().finished()), java.util.Optional::isPresent).orElseThrow();
        assertThat(run.status()).isEqualTo(WorkStatus.DONE);
        assertThat(work.items(run.id(), false)).singleElement()
                .satisfies(item -> assertThat(item.attempts()).as("cut off once, then resumed").isEqualTo(2));
        RetentionRunReport report = retention.lastRun().orElseThrow();
        assertThat(report.runOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(report.anonymised()).isEqualTo(3);
        assertThat(report.finishedAt()).isNotNull();
        assertThat(stale).allSatisfy(id -> assertThat(candidates.get(id).fullName())
                .isEqualTo("Anonymised candidate"));
    }
}
