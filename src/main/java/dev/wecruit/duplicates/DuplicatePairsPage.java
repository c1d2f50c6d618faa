package dev.wecruit.duplicates;

import dev.wecruit.candidates.DuplicatePair;
import java.util.List;
import java.util.UUID;

/**
 * A page of the firm's possible duplicates, none of them dismissed.
 *
 * @param next where the next page starts ({@link DuplicateService#pairs(UUID)}), or null when the scan is done
 * @param scanned how many candidates this page's scan went through
 */
public record DuplicatePairsPage(List<DuplicatePair> pairs, UUID next, int scanned) {

    public boolean done() {
        return next == null;
    }
}
