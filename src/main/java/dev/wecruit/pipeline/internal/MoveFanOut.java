package dev.wecruit.pipeline.internal;

import dev.wecruit.pipeline.BoardChanged;
import dev.wecruit.pipeline.BoardsMayBeBehind;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.pipeline.MoveFromAnotherNode;
import dev.wecruit.platform.events.ClusterNotices;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Shares pipeline moves between app nodes through {@link ClusterNotices}. A move's notice is sent inside its own
 * transaction, so the other nodes hear it exactly when the move commits and never for one rolled back. What another
 * node sent is published here as {@link MoveFromAnotherNode}, and other changes of a job's board as
 * {@link BoardChanged}; after the listening connection was lost, {@link BoardsMayBeBehind}, because moves made
 * meanwhile were not heard.
 *
 * <p>The payload carries ids, positions and times only, never a name: every node of every firm on the database can
 * listen, and each board keeps only its own firm's moves.
 */
@Component
class MoveFanOut {

    static final String TOPIC = "pipeline";

    /** What goes over the channel: either a move or another change of a job's board. */
    record Notice(CandidateMoved move, BoardChanged boardChanged) {
    }

    private final ClusterNotices cluster;

    MoveFanOut(ClusterNotices cluster, ApplicationEventPublisher events) {
        this.cluster = cluster;
        cluster.listen(TOPIC, Notice.class, notice -> {
            if (notice.move() != null) {
                events.publishEvent(new MoveFromAnotherNode(notice.move()));
            } else if (notice.boardChanged() != null) {
                events.publishEvent(notice.boardChanged());
            }
        });
        cluster.onMissedNotices(() -> events.publishEvent(new BoardsMayBeBehind()));
    }

    /** Sends the move to the other nodes; PostgreSQL holds it until the move's transaction commits. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void announce(CandidateMoved move) {
        cluster.send(TOPIC, new Notice(move, null));
    }

    /** Sends a change of a job's board (stages edited, candidates added) to the other nodes, when it commits. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void announce(BoardChanged changed) {
        cluster.send(TOPIC, new Notice(null, changed));
    }
}
