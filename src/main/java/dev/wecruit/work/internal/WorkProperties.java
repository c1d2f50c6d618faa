package dev.wecruit.work.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this node runs background work ({@code wecruit.work.*}).
 *
 * @param runTasks whether this node takes work from the queue; a one-off process (key rotation) does not
 * @param threads how many items this node runs at once; CV parsing is CPU work, so about one per core
 * @param pollingInterval how often the node looks for due work it was not told about (work started elsewhere)
 * @param heartbeatInterval how often a running item tells the queue it is alive
 * @param missedHeartbeats after how many missed heartbeats a running item's node is taken for dead and the item
 *     is run again elsewhere; heartbeat interval x this is the longest an item waits after its node was killed
 * @param maxAttempts how many times an item runs before it fails for good
 * @param retryDelay the pause before the first retry; it doubles with each further one
 */
@ConfigurationProperties("wecruit.work")
public record WorkProperties(
        @DefaultValue("true") boolean runTasks,
        @DefaultValue("2") int threads,
        @DefaultValue("1s") Duration pollingInterval,
        @DefaultValue("5s") Duration heartbeatInterval,
        @DefaultValue("4") int missedHeartbeats,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("10s") Duration retryDelay) {

    public WorkProperties {
        if (threads < 1) {
            throw new IllegalArgumentException("wecruit.work.threads must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("wecruit.work.max-attempts must be at least 1");
        }
        if (missedHeartbeats < 4) {
            // db-scheduler refuses fewer: a busy node could otherwise be taken for dead
            throw new IllegalArgumentException("wecruit.work.missed-heartbeats must be at least 4");
        }
    }
}
