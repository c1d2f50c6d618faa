package dev.wecruit.work.internal;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Actuator metrics of background work: {@code wecruit.work.queue.depth} (items due and waiting, across the nodes),
 * {@code wecruit.work.running}, {@code wecruit.work.runs} (a timer per result: how many ran and how long they took),
 * {@code wecruit.work.failures} and {@code wecruit.work.start.delay} (from due to started: how long work waits).
 */
@Component
class WorkMetrics extends AbstractSchedulerListener {

    private final Timer succeeded;
    private final Timer failedRuns;
    private final Counter failures;
    private final Timer startDelay;

    WorkMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        succeeded = Timer.builder("wecruit.work.runs").tag("result", "ok")
                .description("Runs of background work items").register(registry);
        failedRuns = Timer.builder("wecruit.work.runs").tag("result", "failed")
                .description("Runs of background work items").register(registry);
        failures = Counter.builder("wecruit.work.failures").description("Failed runs of background work items")
                .register(registry);
        startDelay = Timer.builder("wecruit.work.start.delay")
                .description("From an item's due time to its start").publishPercentiles(0.5, 0.95)
                .register(registry);
        // the queue is global (ids only), so the app role may count it across firms
        Gauge.builder("wecruit.work.queue.depth", jdbc, db -> count(db, "not picked and execution_time <= now()"))
                .description("Background work items due and waiting").register(registry);
        Gauge.builder("wecruit.work.running", jdbc, db -> count(db, "picked"))
                .description("Background work items running on any node").register(registry);
    }

    @Override
    public void onExecutionStart(CurrentlyExecuting execution) {
        Duration waited = Duration.between(execution.getExecution().executionTime, Instant.now());
        startDelay.record(waited.isNegative() ? Duration.ZERO : waited);
    }

    @Override
    public void onExecutionComplete(ExecutionComplete complete) {
        if (complete.getResult() == ExecutionComplete.Result.OK) {
            succeeded.record(complete.getDuration());
        } else {
            failedRuns.record(complete.getDuration());
            failures.increment();
        }
    }

    private static double count(JdbcTemplate jdbc, String condition) {
        Long count = jdbc.queryForObject("select count(*) from scheduled_tasks where " + condition, Long.class);
        return count == null ? 0 : count;
    }
}
