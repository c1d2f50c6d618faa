package dev.wecruit.work.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Puts items in the queue, in the caller's transaction, and wakes this node's runner when it commits. */
@Component
public class WorkQueue {

    private final Scheduler scheduler;
    private final OneTimeTask<WorkOrder> task;

    WorkQueue(Scheduler scheduler, OneTimeTask<WorkOrder> workItemTask) {
        this.scheduler = scheduler;
        this.task = workItemTask;
    }

    /** Queues the items of one piece of work; they run once the caller's transaction commits. */
    public void enqueue(UUID tenantId, UUID memberId, UUID workId, List<UUID> itemIds) {
        Instant now = Instant.now();
        for (UUID itemId : itemIds) {
            scheduler.scheduleIfNotExists(task.instance(itemId.toString(),
                    new WorkOrder(tenantId, memberId, workId, itemId)), now);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // the rows were invisible to the runner until now; without this it waits for its next poll
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        } else {
            scheduler.triggerCheckForDueExecutions();
        }
    }
}
