package dev.wecruit.work;

import java.time.Instant;
import java.util.UUID;

/**
 * One item of a piece of work, as admins see it in the background work view.
 *
 * @param label what the item is, in the starter's words (a file name)
 * @param error why it failed, for a failed item; the last error of an item being retried
 */
public record WorkItemSummary(UUID id, UUID workId, int position, String label, ItemStatus status, int attempts,
        String error, Instant finishedAt) {

    /** Where an item stands. */
    public enum ItemStatus {
        QUEUED, RUNNING, DONE, FAILED
    }
}
