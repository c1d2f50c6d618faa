package dev.wecruit.work;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of work as members see it.
 *
 * @param startedBy the member who started it; null for system work
 * @param done items done; {@code failed} items failed for good; the rest are queued or running
 * @param finishedAt when its last item finished; null while any is queued or running
 */
public record WorkSummary(UUID id, String kind, String title, UUID startedBy, WorkStatus status, int total, int done,
        int failed, String summary, Instant createdAt, Instant finishedAt) {

    /** Items finished either way. */
    public int finishedItems() {
        return done + failed;
    }

    /** How far the work got, from 0 to 1. */
    public double progress() {
        return total == 0 ? 1 : (double) finishedItems() / total;
    }
}
