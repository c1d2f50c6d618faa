package dev.wecruit.work;

import java.util.UUID;

/**
 * One item of a piece of work, as its handler sees it.
 *
 * @param position the item's place in the work, from 0, in the order it was started with
 * @param attempt which run of the item this is, from 1
 * @param startedBy the member who started the work; null for work nobody started
 */
public record WorkItem(UUID workId, UUID itemId, int position, int attempt, UUID startedBy) {
}
