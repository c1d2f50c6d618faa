package dev.wecruit.duplicates;

import java.time.Instant;
import java.util.UUID;

/**
 * A merge that can still be undone: who was kept, who was merged into them, and until when "Unmerge" is offered.
 *
 * @param mergedBy the member who merged them; null if they left the firm since
 */
public record CandidateMerge(UUID id, UUID survivorId, String survivorName, UUID retiredId, String retiredName,
        Instant mergedAt, UUID mergedBy, Instant unmergeUntil) {

    public boolean mayUnmerge(Instant now) {
        return now.isBefore(unmergeUntil);
    }
}
