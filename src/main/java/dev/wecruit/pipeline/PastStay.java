package dev.wecruit.pipeline;

import java.time.Instant;
import java.util.UUID;

/**
 * A stage a card was in, and when it entered it: one step of a pipeline's history kept elsewhere (an import, the
 * demo firm). The stay ends when the next one begins; the last one is where the card is now.
 */
public record PastStay(UUID stageId, Instant enteredAt) {
}
