package dev.wecruit.activities;

import java.util.UUID;

/** An activity to record in bulk, with the member who did it (null for the system). */
public record RecordedActivity(ActivityDraft draft, UUID actorId) {
}
