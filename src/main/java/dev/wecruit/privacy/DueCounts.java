package dev.wecruit.privacy;

/**
 * How many candidates are due for anonymisation.
 *
 * @param due every candidate noticed as due
 * @param nextRun those of them the next run anonymises
 */
public record DueCounts(long due, long nextRun) {
}
