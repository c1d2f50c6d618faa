package dev.wecruit.work;

import java.util.UUID;

/**
 * A piece of work moved on: an item finished, or the work was retried. Published on the node that did it after the
 * change commits, and on every other node when it hears of it; views showing the work update from it.
 */
public record WorkProgressed(UUID tenantId, UUID workId, WorkStatus status, int total, int done, int failed) {
}
