package dev.wecruit.work;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import dev.wecruit.tenancy.CurrentTenant;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Brings progress of background work to the open views that show it, through {@link UI#access} and Push. A view
 * watches one piece of work, or all its firm's work (the admin view); the firm is the signed-in member's, so a view
 * never hears of another firm's work. Progress made on other nodes arrives the same way.
 */
@Component
public class LiveWork {

    private static final Logger log = LoggerFactory.getLogger(LiveWork.class);

    /** @param workId null: every piece of work of the firm */
    private record Watcher(UUID tenantId, UUID workId, UI ui, Consumer<WorkProgressed> onProgress) {
    }

    private final Set<Watcher> watchers = ConcurrentHashMap.newKeySet();
    /**
     * Hands progress to the views' sessions off the committing thread: that thread is still inside the finished
     * transaction's completion, where a view's service call would join a transaction whose firm setting has already
     * ended. One thread keeps each piece of work's progress in order.
     */
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("live-work").daemon().factory());
    private final CurrentTenant currentTenant;

    LiveWork(CurrentTenant currentTenant) {
        this.currentTenant = currentTenant;
    }

    /** Calls {@code onProgress} in {@code ui}'s session whenever the work moves on; remove when the view goes. */
    public Registration watch(UI ui, UUID workId, Consumer<WorkProgressed> onProgress) {
        return add(new Watcher(firm(), workId, ui, onProgress));
    }

    /** Calls {@code onProgress} in {@code ui}'s session whenever any work of the member's firm moves on. */
    public Registration watchAll(UI ui, Consumer<WorkProgressed> onProgress) {
        return add(new Watcher(firm(), null, ui, onProgress));
    }

    private Registration add(Watcher watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    private UUID firm() {
        return currentTenant.currentTenantId().orElseThrow(() -> new IllegalStateException("No firm to watch for"));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void progressed(WorkProgressed progressed) {
        delivery.execute(() -> deliver(progressed));
    }

    private void deliver(WorkProgressed progressed) {
        for (Watcher watcher : watchers) {
            if (watcher.tenantId().equals(progressed.tenantId())
                    && (watcher.workId() == null || watcher.workId().equals(progressed.workId()))) {
                try {
                    watcher.ui().access(() -> watcher.onProgress().accept(progressed));
                } catch (UIDetachedException e) {
                    // a closed tab: it misses nothing it could still show
                    watchers.remove(watcher);
                    log.debug("Dropped a view that could not be told of work progress: {}", e.getMessage());
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
