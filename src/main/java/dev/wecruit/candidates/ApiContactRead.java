package dev.wecruit.candidates;

import java.time.Instant;
import java.util.UUID;

/**
 * How often one API key read a candidate's contact details within one hour: the roll-up a subject-access answer
 * gives ("who received my data, and when").
 *
 * @param hour the start of the hour, in UTC
 * @param reads how many times the key read them in that hour
 */
public record ApiContactRead(UUID keyId, Instant hour, int reads) {
}
