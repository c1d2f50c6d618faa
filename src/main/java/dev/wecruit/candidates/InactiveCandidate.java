package dev.wecruit.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A candidate retention may have to act on: still a person, not on legal hold, inactive for a while.
 *
 * @param lastActiveAt their last activity, or when they were added when nothing happened since
 * @param consentExpiresOn when their consent runs out, if they gave it for a time
 */
public record InactiveCandidate(UUID id, Instant lastActiveAt, LocalDate consentExpiresOn) {
}
