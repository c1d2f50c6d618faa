package dev.wecruit.candidates;

import java.util.List;
import java.util.UUID;

/**
 * One stretch of the firm-wide duplicate scan.
 *
 * @param pairs the pairs whose first candidate is in this stretch
 * @param lastId where the next stretch starts ({@code DuplicateCandidates#scan(UUID, int)}'s {@code after})
 * @param done whether this was the last stretch
 * @param scanned how many candidates this stretch went through
 */
public record DuplicateScanPage(List<DuplicatePair> pairs, UUID lastId, boolean done, int scanned) {
}
