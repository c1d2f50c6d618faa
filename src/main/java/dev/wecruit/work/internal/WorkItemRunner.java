package dev.wecruit.work.internal;

import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.work.WorkHandler;
import dev.wecruit.work.WorkItem;
import dev.wecruit.work.WorkItemRejected;
import dev.wecruit.work.WorkProgressed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one queued item: as the firm and member that started its work, marks it running, lets the kind's handler
 * do it, then counts it done or failed in its work and tells open views, here and on other nodes. An error the
 * handler calls permanent fails the item at once; any other is retried by the queue after a growing pause, until the
 * last attempt, which fails the item with that error.
 */
@Component
class WorkItemRunner {

    private static final Logger log = LoggerFactory.getLogger(WorkItemRunner.class);

    private final Map<String, WorkHandler> handlers;
    private final WorkRecords records;
    private final CurrentTenant currentTenant;
    private final TransactionTemplate transactions;
    private final WorkAnnouncer announcer;
    private final WorkProperties properties;

    WorkItemRunner(List<WorkHandler> handlers, WorkRecords records, CurrentTenant currentTenant,
            TransactionTemplate transactions, WorkAnnouncer announcer, WorkProperties properties) {
        this.handlers = handlers.stream().collect(Collectors.toMap(WorkHandler::kind, Function.identity()));
        this.records = records;
        this.currentTenant = currentTenant;
        this.transactions = transactions;
        this.announcer = announcer;
        this.properties = properties;
    }

    /**
     * @param earlierFailures how many runs of this item failed before this one (the queue's count)
     * @throws RetryLater with the handler's error, when the item has attempts left: the queue retries it later
     */
    void run(WorkOrder order, int earlierFailures) {
        currentTenant.callAs(order.tenantId(), order.memberId(), () -> {
            try {
                runAsFirm(order, earlierFailures);
                return null;
            } catch (Exception e) {
                throw new RetryLater(e);
            }
        });
    }

    private void runAsFirm(WorkOrder order, int earlierFailures) throws Exception {
        Optional<WorkRecords.ClaimedItem> claimed = transactions.execute(status -> records.claim(order.itemId()));
        if (claimed == null || claimed.isEmpty()) {
            return;
        }
        WorkRecords.ClaimedItem item = claimed.get();
        WorkItem workItem = new WorkItem(item.workId(), order.itemId(), item.position(), item.attempts(),
                item.startedBy());
        WorkHandler handler = handlers.get(item.kind());
        if (handler == null) {
            end(order, handler, workItem, false, "This kind of work (" + item.kind() + ") is not known to this node");
            return;
        }
        try {
            handler.process(workItem);
        } catch (WorkItemRejected rejected) {
            end(order, handler, workItem, false, rejected.getMessage());
            return;
        } catch (Exception | LinkageError e) {
            String error = describe(e);
            if (earlierFailures + 1 >= properties.maxAttempts()) {
                log.warn("Background work item {} of work {} failed for good after {} attempts", order.itemId(),
                        order.workId(), earlierFailures + 1, e);
                end(order, handler, workItem, false, "Failed after " + (earlierFailures + 1) + " attempts: " + error);
                return;
            }
            log.info("Background work item {} failed (attempt {} of {}); it is retried: {}", order.itemId(),
                    earlierFailures + 1, properties.maxAttempts(), error);
            transactions.executeWithoutResult(status -> records.awaitRetry(order.itemId(), error));
            throw e instanceof Exception exception ? exception : new IllegalStateException(e);
        }
        end(order, handler, workItem, true, null);
    }

    private void end(WorkOrder order, WorkHandler handler, WorkItem item, boolean succeeded, String error) {
        transactions.executeWithoutResult(status -> {
            Optional<WorkProgressed> progressed = records.finish(order.tenantId(), order.itemId(), succeeded, error);
            if (!succeeded && handler != null && progressed.isPresent()) {
                handler.failed(item, error);
            }
            progressed.ifPresent(announcer::announce);
        });
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Carries a handler's checked error out of {@link CurrentTenant#callAs} to the queue. */
    static final class RetryLater extends RuntimeException {

        RetryLater(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
