package dev.wecruit.pipeline.api;

import dev.wecruit.pipeline.BoardChanged;
import dev.wecruit.pipeline.BoardsMayBeBehind;
import dev.wecruit.pipeline.CandidateMoved;
import dev.wecruit.pipeline.MoveFromAnotherNode;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The pipeline's changes for {@code pipelineChanged} subscribers on this node, fed from the same events as the live
 * boards ({@code LiveBoards}): moves committed here ({@link CandidateMoved}, after commit), moves committed on other
 * nodes ({@link MoveFromAnotherNode}), board changes from anywhere ({@link BoardChanged}), and
 * {@link BoardsMayBeBehind}, which every open channel passes on as a board change because moves may have been missed.
 *
 * <p>One channel per firm and job, a multicast {@link Sinks.Many}, made for its first subscriber and dropped with its
 * last. The firm is part of the key, so a channel hears only its own firm's moves whatever job id another firm's
 * event carries. Events are emitted on one thread of our own, in the order they were heard, so that neither a
 * committing request nor the line to the other nodes ever waits for a subscriber. Each subscriber has a bounded
 * buffer of its own: one that does not keep up loses its oldest events (logged) instead of holding back the others;
 * the gap in {@code sequence} tells it to read the board again.
 */
@Component
class PipelineEvents {

    private static final Logger log = LoggerFactory.getLogger(PipelineEvents.class);

    /** Events a subscriber may fall behind by before it loses the oldest. */
    static final int BUFFER = 256;

    private record Key(UUID tenantId, UUID jobId) {
    }

    /** A job's channel and how many subscribers hold it open. */
    private static final class Channel {
        final Sinks.Many<PipelineEvent> sink = Sinks.many().multicast().directBestEffort();
        int subscribers;
    }

    private final Map<Key, Channel> channels = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("pipeline-events").daemon().factory());
    private final Clock clock;

    PipelineEvents(Clock clock) {
        this.clock = clock;
    }

    /**
     * The job's events from now on, for a subscriber of the firm. The caller has checked that the job is the firm's:
     * the firm must come from the subscriber's credential.
     */
    Flux<PipelineEvent> of(UUID tenantId, UUID jobId) {
        Key key = new Key(tenantId, jobId);
        return Flux.defer(() -> {
            // counted inside compute: the last subscriber leaving at the same moment cannot drop this one's channel
            Channel channel = channels.compute(key, (ignored, open) -> {
                Channel joined = open == null ? new Channel() : open;
                joined.subscribers++;
                return joined;
            });
            AtomicLong dropped = new AtomicLong();
            return channel.sink.asFlux()
                    .onBackpressureBuffer(BUFFER, lost -> overflow(key, dropped.incrementAndGet()),
                            BufferOverflowStrategy.DROP_OLDEST)
                    .doFinally(signal -> channels.computeIfPresent(key, (ignored, open) ->
                            --open.subscribers == 0 ? null : open));
        });
    }

    /** How many subscribers of the firm's job listen on this node right now. */
    int listening(UUID tenantId, UUID jobId) {
        Channel channel = channels.get(new Key(tenantId, jobId));
        return channel == null ? 0 : channel.sink.currentSubscriberCount();
    }

    @TransactionalEventListener
    void moved(CandidateMoved move) {
        deliver(move);
    }

    @EventListener
    void movedElsewhere(MoveFromAnotherNode heard) {
        deliver(heard.move());
    }

    /** Here after commit; from another node (published outside any transaction) at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void boardChanged(BoardChanged changed) {
        publish(new Key(changed.tenantId(), changed.jobId()), PipelineEvent.boardChanged(changed.jobId(),
                clock.instant()));
    }

    @EventListener
    void behind(BoardsMayBeBehind behind) {
        channels.keySet().forEach(key -> publish(key, PipelineEvent.boardChanged(key.jobId(), clock.instant())));
    }

    private void deliver(CandidateMoved move) {
        publish(new Key(move.tenantId(), move.jobId()), PipelineEvent.moved(move));
    }

    private void publish(Key key, PipelineEvent event) {
        if (!channels.containsKey(key)) {
            return;
        }
        delivery.execute(() -> {
            Channel channel = channels.get(key);
            if (channel != null) {
                // only this thread emits, so emissions never overlap; no subscriber left is no failure
                Sinks.EmitResult result = channel.sink.tryEmitNext(event);
                if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
                    log.warn("A pipeline event of job {} reached none of its subscribers: {}", key.jobId(), result);
                }
            }
        });
    }

    private static void overflow(Key key, long dropped) {
        // every drop would flood the log when a client stalls; the first and every hundredth tell enough
        if (dropped == 1 || dropped % 100 == 0) {
            log.warn("A subscriber of job {} does not keep up with its pipeline events; {} dropped so far",
                    key.jobId(), dropped);
        }
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
