package dev.wecruit.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import dev.wecruit.pipeline.BoardChanged;
import dev.wecruit.pipeline.BoardsMayBeBehind;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.pipeline.MoveFromAnotherNode;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The dashboards open on this node, by firm, and the pipeline changes that make them read their figures again
 * (decision 0035): a move committed here or on another node, a board changed (stages edited, candidates added), or
 * notices missed. Only the changed firm's dashboards hear of it; the firm comes from the signed-in member. Refreshes
 * are debounced per dashboard: the first change is shown at once, and changes that follow within
 * {@link #AT_MOST_EVERY} are shown together once it has passed, so a burst of moves costs one read of the figures.
 */
@Component
class LiveDashboards {

    /** The shortest time between two refreshes of one open dashboard. */
    static final Duration AT_MOST_EVERY = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(LiveDashboards.class);

    /** One open dashboard and when it last read its figures. */
    private static final class Viewer {

        private final Consumer<Runnable> session;
        private final Runnable refresh;
        private boolean due;
        private long lastRefresh;

        Viewer(Consumer<Runnable> session, Runnable refresh, long now) {
            this.session = session;
            this.refresh = refresh;
            this.lastRefresh = now - AT_MOST_EVERY.toNanos();
        }
    }

    private final Map<UUID, Set<Viewer>> firms = new ConcurrentHashMap<>();
    /** Waits out the debounce and hands the refresh to the dashboard's session, off the committing thread. */
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoTime;

    @org.springframework.beans.factory.annotation.Autowired
    LiveDashboards() {
        this(Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-dashboards").daemon()
                .factory()), System::nanoTime);
    }

    /** With a timer and a clock of the test's choosing. */
    LiveDashboards(ScheduledExecutorService timer, LongSupplier nanoTime) {
        this.timer = timer;
        this.nanoTime = nanoTime;
    }

    /** Adds an open dashboard of the firm; remove the registration when it closes. */
    Registration join(UUID tenantId, UI ui, Runnable refresh) {
        return join(tenantId, change -> ui.access(change::run), refresh);
    }

    /** Adds an open dashboard whose session runs its changes so ({@link UI#access} in the app). */
    Registration join(UUID tenantId, Consumer<Runnable> session, Runnable refresh) {
        Viewer viewer = new Viewer(session, refresh, nanoTime.getAsLong());
        firms.compute(tenantId, (key, viewers) -> {
            Set<Viewer> joined = viewers == null ? ConcurrentHashMap.newKeySet() : viewers;
            joined.add(viewer);
            return joined;
        });
        return () -> firms.computeIfPresent(tenantId, (key, viewers) -> {
            viewers.remove(viewer);
            return viewers.isEmpty() ? null : viewers;
        });
    }

    /** How many dashboards of the firm are open on this node. */
    int open(UUID tenantId) {
        return firms.getOrDefault(tenantId, Set.of()).size();
    }

    @TransactionalEventListener
    void moved(CandidateMoved move) {
        changed(move.tenantId());
    }

    @EventListener
    void movedElsewhere(MoveFromAnotherNode heard) {
        changed(heard.move().tenantId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void boardChanged(BoardChanged changed) {
        changed(changed.tenantId());
    }

    @EventListener
    void behind(BoardsMayBeBehind behind) {
        firms.keySet().forEach(this::changed);
    }

    void changed(UUID tenantId) {
        firms.getOrDefault(tenantId, Set.of()).forEach(this::schedule);
    }

    private void schedule(Viewer viewer) {
        long wait;
        synchronized (viewer) {
            if (viewer.due) {
                return; // a refresh is already on its way and will show this change too
            }
            viewer.due = true;
            wait = Math.max(0, viewer.lastRefresh + AT_MOST_EVERY.toNanos() - nanoTime.getAsLong());
        }
        timer.schedule(() -> refresh(viewer), wait, TimeUnit.NANOSECONDS);
    }

    private void refresh(Viewer viewer) {
        synchronized (viewer) {
            viewer.due = false;
            viewer.lastRefresh = nanoTime.getAsLong();
        }
        try {
            viewer.session.accept(viewer.refresh);
        } catch (UIDetachedException e) {
            // the tab closed while the change was on its way; its registration goes with its detach
            log.debug("Dashboard closed before a refresh reached it", e);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
