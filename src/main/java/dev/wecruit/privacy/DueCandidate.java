package dev.wecruit.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A candidate the retention run has noticed as due, as admins see them in the Privacy view.
 *
 * @param lastActiveAt their last activity, or when they were added if nothing happened since
 * @param dueOn the first run that anonymises them, unless something changes before
 */
public record DueCandidate(UUID candidateId, String name, Instant lastActiveAt, LocalDate noticedOn,
        LocalDate dueOn, RetentionRule rule) {
}
