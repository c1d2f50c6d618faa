package dev.wecruit.matching;

/** How much of a firm's matching index is up to date: candidates indexed, and those waiting to be. */
public record IndexState(long indexed, long waiting) {
}
