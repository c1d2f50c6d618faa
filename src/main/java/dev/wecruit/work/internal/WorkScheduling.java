package dev.wecruit.work.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.wecruit.work.DailyWork;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import tools.jackson.databind.ObjectMapper;

/**
 * db-scheduler, wired by hand (its Spring Boot 4 starter is not published at this version): PostgreSQL is the
 * queue, a due item is claimed by the node whose thread takes it first (an optimistic update on its version), each
 * running item keeps a heartbeat, and an item whose node stopped beating is revived and run again by any node
 * (decision 0016).
 */
@Configuration(proxyBeanMethods = false)
class WorkScheduling {

    /** The one task: run an item of any kind of work; the item's record says which handler does it. */
    static final String WORK_ITEM_TASK = "work-item";

    @Bean
    OneTimeTask<WorkOrder> workItemTask(WorkItemRunner runner, WorkProperties properties) {
        return Tasks.oneTime(WORK_ITEM_TASK, WorkOrder.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryDelay(), 2.0))
                .execute((instance, context) -> runner.run(instance.getData(),
                        context.getExecution().consecutiveFailures));
    }

    /**
     * Each feature's {@link DailyWork} as a recurring task: one row in the queue, run by the one node that claims it,
     * scheduled again for the next day when it ends, revived elsewhere when its node dies mid-run.
     */
    static List<RecurringTask<Void>> dailyTasks(List<DailyWork> dailyWork) {
        return dailyWork.stream().map(work -> Tasks.recurring(work.name(), Schedules.daily(ZoneOffset.UTC,
                        work.runsAt()))
                .execute((instance, context) -> {
                    try {
                        work.run(context.getExecution().executionTime);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(work.name() + " failed", e);
                    }
                })).toList();
    }

    /**
     * The scheduler and the client features schedule with. Its data source takes part in Spring transactions, so an
     * item is queued exactly when the transaction that started its work commits; its own polling runs on
     * auto-commit connections of the pool.
     */
    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, List<DailyWork> dailyWork,
            WorkProperties properties, ObjectMapper json, WorkMetrics metrics) {
        // pid@host names the process; the suffix tells apart two nodes in one process (tests) or a restarted one
        String process = ManagementFactory.getRuntimeMXBean().getName();
        String node = (process.length() > 40 ? process.substring(0, 40) : process) + "#"
                + UUID.randomUUID().toString().substring(0, 8);
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .schedulerName(new SchedulerName.Fixed(node))
                .serializer(new JsonTaskData(json))
                .threads(properties.threads())
                // claim each item as a thread takes it (an UPDATE ... WHERE version = ? that one node wins), never
                // ahead: an item claimed while it waits for a busy thread gets no heartbeat, and after
                // missed-heartbeats x interval another node takes it for dead and runs it a second time
                .pollUsingFetchAndLockOnExecute(0.5, 3.0)
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(30))
                .addSchedulerListener(metrics)
                .startTasks(dailyTasks(dailyWork))
                .build();
    }
}
