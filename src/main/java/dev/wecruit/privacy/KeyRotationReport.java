package dev.wecruit.privacy;

import java.time.Duration;

/**
 * What a key rotation run did.
 *
 * @param firms firms visited
 * @param rowsResealed rows whose sealed values were moved to the active key
 * @param valuesRemaining values still under another key version afterwards: unreadable ones (logged) or rows that
 *     were locked by an edit; 0 means the old keys are no longer needed
 * @param activeKeyVersion the key new values are sealed with
 * @param took how long it ran
 */
public record KeyRotationReport(int firms, long rowsResealed, long valuesRemaining, int activeKeyVersion,
        Duration took) {
}
