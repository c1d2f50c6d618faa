package dev.wecruit.activities;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How many activities of one type a member did in one week.
 *
 * @param week the Monday the week starts on, in the zone the series was asked in
 */
public record ActivityCount(LocalDate week, UUID actorId, ActivityType type, long count) {
}
