package dev.wecruit.candidates;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate kept whatever the retention rules say, because a claim, an investigation or a tribunal needs their
 * records: retention does not anonymise a candidate on hold. Only admins put a candidate on hold or lift it.
 *
 * @param reason why, as the admin gave it
 * @param setBy the member who put them on hold, or who last changed the reason; null for system work
 * @param since when that was
 */
public record LegalHold(String reason, UUID setBy, Instant since) {
}
