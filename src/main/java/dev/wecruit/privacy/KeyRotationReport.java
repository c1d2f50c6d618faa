package dev.wecruit.privacy;

import java.time.Duration;

/**
 * What a key rotation run did.
 *
 * @param firms firms visited
 * @param rowsResealed rows whose sealed values were moved to the active key
 * @param activeKeyVersion the key every value is now under
 * @param took how long it ran
 */
public record KeyRotationReport(int firms, long rowsResealed, int activeKeyVersion, Duration took) {
}
