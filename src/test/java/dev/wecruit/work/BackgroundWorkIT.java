package dev.wecruit.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.wecruit.AnotherNode;
import dev.wecruit.FirmTest;
import dev.wecruit.IntegrationTest;
import dev.wecruit.SignedIn;
import dev.wecruit.TestFirms;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.Role;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class BackgroundWorkIT extends FirmTest {

    @Autowired BackgroundWork work;
    @Autowired CurrentTenant currentTenant;
    @Autowired JdbcTemplate jdbc;
    @Autowired Scheduler scheduler;
    @Autowired ConfigurableApplicationContext context;

    @Test
    void work_runs_once_as_the_firm_and_the_member_who_started_it_and_sees_only_that_firm() {
        UUID member = currentTenant.currentMemberId().orElseThrow();
        StartedWork started = work.start(TestWorkHandler.KIND, "ok", List.of(NewItem.of("a.pdf"), NewItem.of("b.pdf")));

        WorkSummary finished = awaitFinished(started.workId());
        assertThat(finished.status()).isEqualTo(WorkStatus.DONE);
        assertThat(finished.done()).isEqualTo(2);
        assertThat(finished.startedBy()).isEqualTo(member);
        for (UUID item : started.itemIds()) {
            assertThat(TestWorkHandler.RUNS.get(item)).singleElement().satisfies(run -> {
                assertThat(run.tenantId()).isEqualTo(firm.id());
                assertThat(run.memberId()).isEqualTo(member);
                assertThat(run.visibleFirms()).containsOnly(firm.id());
            });
        }
    }

    @Test
    void a_failing_item_is_retried_and_ends_failed_with_its_error_after_its_last_attempt() {
        StartedWork started = work.start(TestWorkHandler.KIND, "fail", List.of(NewItem.of("cv.pdf")));

        WorkSummary finished = awaitFinished(started.workId());
        assertThat(finished.status()).isEqualTo(WorkStatus.FAILED);
        assertThat(TestWorkHandler.RUNS.get(started.itemIds().getFirst())).extracting(TestWorkHandler.Run::attempt)
                .containsExactly(1, 2, 3);
        asAdmin(() -> assertThat(work.items(started.workId(), true)).singleElement().satisfies(item -> {
            assertThat(item.label()).isEqualTo("cv.pdf");
            assertThat(item.attempts()).isEqualTo(3);
            assertThat(item.error()).isEqualTo("Failed after 3 attempts: The test server is down");
        }));
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_instance = ?", Long.class,
                started.itemIds().getFirst().toString())).as("nothing left in the queue").isZero();
    }

    @Test
    void an_item_that_fails_once_succeeds_on_its_retry() {
        StartedWork started = work.start(TestWorkHandler.KIND, "flaky", List.of(NewItem.of("cv.pdf")));

        assertThat(awaitFinished(started.workId()).status()).isEqualTo(WorkStatus.DONE);
        assertThat(TestWorkHandler.RUNS.get(started.itemIds().getFirst())).hasSize(2);
    }

    @Test
    void a_rejected_item_fails_at_once_and_items_rejected_up_front_never_run() {
        StartedWork started = work.start(TestWorkHandler.KIND, "reject", List.of(NewItem.of("broken.pdf"),
                NewItem.rejected("photo.png", "Only PDF, Word and text files can be read")));

        WorkSummary finished = awaitFinished(started.workId());
        assertThat(finished.failed()).isEqualTo(2);
        assertThat(TestWorkHandler.RUNS.get(started.itemIds().getFirst())).hasSize(1);
        assertThat(TestWorkHandler.RUNS).doesNotContainKey(started.itemIds().get(1));
        asAdmin(() -> assertThat(work.items(started.workId(), true)).extracting(WorkItemSummary::error)
                .containsExactly("This file is damaged and cannot be read",
                        "Only PDF, Word and text files can be read"));
    }

    @Test
    void an_admin_retries_failed_items_and_the_work_finishes_again() {
        StartedWork started = work.start(TestWorkHandler.KIND, "reject", List.of(NewItem.of("cv.pdf")));
        awaitFinished(started.workId());
        assertThatThrownBy(() -> work.retry(started.workId(), null)).isInstanceOf(AccessDeniedException.class);

        asAdmin(() -> assertThat(work.retry(started.workId(), null)).isEqualTo(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> TestWorkHandler.RUNS.get(started.itemIds().getFirst())
                .size() == 2);
        assertThat(awaitFinished(started.workId()).status()).isEqualTo(WorkStatus.FAILED);
    }

    @Test
    void an_item_whose_node_died_mid_run_is_run_again_once() {
        scheduler.pause();
        StartedWork started;
        try {
            started = work.start(TestWorkHandler.KIND, "ok", List.of(NewItem.of("cv.pdf")));
            UUID item = started.itemIds().getFirst();
            // what a node killed with kill -9 leaves: its claim on the item, and a heartbeat that stopped
            jdbc.update("""
                    update scheduled_tasks set picked = true, picked_by = 'killed-node',
                           last_heartbeat = now() - interval '1 hour'
                     where task_instance = ?""", item.toString());
        } finally {
            scheduler.resume();
        }

        assertThat(awaitFinished(started.workId()).status()).isEqualTo(WorkStatus.DONE);
        assertThat(TestWorkHandler.RUNS.get(started.itemIds().getFirst())).hasSize(1);
    }

    @Test
    void two_nodes_share_the_queue_never_run_one_item_twice_and_each_hears_the_others_progress() {
        List<WorkProgressed> heardHere = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<WorkProgressed>> listener =
                ApplicationListener.forPayload(heardHere::add);
        var events = context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                ApplicationEventMulticaster.class);
        events.addApplicationListener(listener);
        try (ConfigurableApplicationContext otherNode = AnotherNode.start(context)) {
            SignedIn.as(signIn, firm.member(Role.RECRUITER));
            TestWorkHandler.HOLD.set(new CountDownLatch(1));
            StartedWork started = work.start(TestWorkHandler.KIND, "hold",
                    IntStream.range(0, 40).mapToObj(i -> NewItem.of("cv-" + i + ".pdf")).toList());

            // each node's threads take items and hold them: both nodes are busy at once
            await().atMost(Duration.ofSeconds(20)).until(() -> started.itemIds().stream()
                    .filter(TestWorkHandler.RUNS::containsKey)
                    .map(item -> TestWorkHandler.RUNS.get(item).getFirst().node()).distinct().count() == 2);
            TestWorkHandler.HOLD.get().countDown();

            WorkSummary finished = awaitFinished(started.workId());
            assertThat(finished.done()).isEqualTo(40);
            for (UUID item : started.itemIds()) {
                assertThat(TestWorkHandler.RUNS.get(item)).as("runs of item %s", item).hasSize(1);
            }
            // one notice per finished item, whichever node ran it: what open views of this node are told
            await().atMost(Duration.ofSeconds(10)).until(() -> heardHere.stream()
                    .filter(progress -> progress.workId().equals(started.workId())).count() == 40);
            assertThat(heardHere).filteredOn(progress -> progress.workId().equals(started.workId()))
                    .extracting(WorkProgressed::done).contains(40);
        } finally {
            events.removeApplicationListener(listener);
        }
    }

    @Test
    void another_firm_neither_sees_nor_retries_the_work() {
        StartedWork started = work.start(TestWorkHandler.KIND, "reject", List.of(NewItem.of("cv.pdf")));
        awaitFinished(started.workId());
        TestFirms.CreatedFirm other = TestFirms.aFirm("Other firm").withMember(Role.ADMIN)
                .create(accounts, organizations);
        SignedIn.as(signIn, other.member(Role.ADMIN));

        assertThat(work.find(started.workId())).isEmpty();
        assertThat(work.recent(false, 100)).extracting(WorkSummary::id).doesNotContain(started.workId());
        assertThat(work.items(started.workId(), false)).isEmpty();
        assertThatThrownBy(() -> work.retry(started.workId(), null)).hasMessageContaining("No work");
    }

    private WorkSummary awaitFinished(UUID workId) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> work.find(workId).orElseThrow().status().finished());
        return work.find(workId).orElseThrow();
    }

    private void asAdmin(Runnable check) {
        SignedIn.as(signIn, firm.member(Role.ADMIN));
        try {
            check.run();
        } finally {
            SignedIn.as(signIn, firm.member(Role.RECRUITER));
        }
    }
}
