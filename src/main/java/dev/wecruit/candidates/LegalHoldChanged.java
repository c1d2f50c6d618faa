package dev.wecruit.candidates;

import java.util.UUID;

/**
 * An admin put a candidate on legal hold, changed why, or lifted it: published in the transaction that saved it, so
 * the audit log records it with the change (decision 0023).
 *
 * @param before the hold before; null when there was none
 * @param after the hold now; null when it was lifted
 */
public record LegalHoldChanged(UUID tenantId, UUID candidateId, LegalHold before, LegalHold after) {
}
