package dev.wecruit.work;

import java.time.Instant;
import java.time.LocalTime;

/**
 * Work a feature wants done every day, once across all nodes (retention): db-scheduler keeps one row for it, the
 * node that claims the row when it is due runs it, and a node that dies while running it is noticed by its missing
 * heartbeat and the run revived elsewhere. A run may therefore happen twice for one day: {@link #run} must be
 * idempotent. Keep it short; what takes long belongs in {@link BackgroundWork} items it starts (one per firm, say),
 * which are retried and resumed item by item. Implementations are Spring beans.
 */
public interface DailyWork {

    /** Names the work's row in the queue; never rename it (the old row would run on). */
    String name();

    /** When it runs each day, in UTC. */
    LocalTime runsAt();

    /**
     * Does the day's run.
     *
     * @param scheduledFor when this run was due (a revived run keeps its day)
     */
    void run(Instant scheduledFor) throws Exception;
}
