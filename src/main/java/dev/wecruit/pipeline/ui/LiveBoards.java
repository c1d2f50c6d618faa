package dev.wecruit.pipeline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import dev.wecruit.pipeline.BoardsMayBeBehind;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.pipeline.MoveFromAnotherNode;
import dev.wecruit.pipeline.BoardChanged;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The job boards open on this node, and what they must hear: moves of their job's cards once committed, and who else
 * has the same board open. A board hears only its own firm's job: the key is the firm and the job together, and the
 * firm comes from the signed-in member, never from the address. Delivery goes through {@link UI#access}, so each
 * board changes under its own session's lock and Vaadin Push sends the change. Moves committed on other app nodes
 * arrive as {@link MoveFromAnotherNode}.
 */
@org.springframework.stereotype.Component
class LiveBoards {

    private static final Logger log = LoggerFactory.getLogger(LiveBoards.class);

    /** One open board: whose firm and job it shows, who is looking, and how to tell it things. */
    record Viewer(UUID tenantId, UUID jobId, UUID memberId, String memberName, UI ui,
            Consumer<CandidateMoved> onMove, Consumer<List<String>> onPresence, Runnable onBehind) {
    }

    private record Board(UUID tenantId, UUID jobId) {
    }

    private final Map<Board, Set<Viewer>> boards = new ConcurrentHashMap<>();
    /**
     * Hands updates to the boards' sessions off the committing thread: that thread may still be inside the
     * transaction's completion, and must not run another UI's changes. One thread keeps the moves in order.
     */
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("live-boards").daemon().factory());

    /** Adds an open board; remove the registration when it closes. Everyone on that board hears who is there. */
    Registration join(Viewer viewer) {
        Board board = new Board(viewer.tenantId(), viewer.jobId());
        // inside compute: a viewer leaving at the same moment cannot drop the set this one is joining
        boards.compute(board, (key, viewers) -> {
            Set<Viewer> joined = viewers == null ? ConcurrentHashMap.newKeySet() : viewers;
            joined.add(viewer);
            return joined;
        });
        tellPresence(board);
        return () -> {
            boards.computeIfPresent(board, (key, viewers) -> {
                viewers.remove(viewer);
                return viewers.isEmpty() ? null : viewers;
            });
            tellPresence(board);
        };
    }

    /** Tells the job's open boards of the move's firm about it, after the move committed. */
    @TransactionalEventListener
    void moved(CandidateMoved move) {
        deliver(move);
    }

    /** Tells the boards about a move another app node committed. */
    @EventListener
    void movedElsewhere(MoveFromAnotherNode heard) {
        deliver(heard.move());
    }

    /** The job's board changed, here (after commit) or on another node: its open boards read themselves again. */
    @TransactionalEventListener(fallbackExecution = true)
    void boardChanged(BoardChanged changed) {
        boards.getOrDefault(new Board(changed.tenantId(), changed.jobId()), Set.of())
                .forEach(viewer -> access(viewer, viewer.onBehind()));
    }

    /** Every open board reads itself again: moves made elsewhere may have been missed. */
    @EventListener
    void behind(BoardsMayBeBehind behind) {
        boards.values().forEach(viewers -> viewers.forEach(viewer -> access(viewer, viewer.onBehind())));
    }

    void deliver(CandidateMoved move) {
        for (Viewer viewer : boards.getOrDefault(new Board(move.tenantId(), move.jobId()), Set.of())) {
            access(viewer, () -> viewer.onMove().accept(move));
        }
    }

    private void tellPresence(Board board) {
        Set<Viewer> viewers = boards.getOrDefault(board, Set.of());
        for (Viewer viewer : viewers) {
            List<String> others = viewers.stream().filter(other -> !other.memberId().equals(viewer.memberId()))
                    .map(Viewer::memberName).distinct().sorted().toList();
            access(viewer, () -> viewer.onPresence().accept(others));
        }
    }

    private void access(Viewer viewer, Runnable change) {
        delivery.execute(() -> {
            try {
                viewer.ui().access(change::run);
            } catch (UIDetachedException e) {
                // the tab closed while the message was on its way; its registration goes with its detach
                log.debug("Board closed before an update reached it", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
