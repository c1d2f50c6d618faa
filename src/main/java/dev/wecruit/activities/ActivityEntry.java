package dev.wecruit.activities;

import java.time.Instant;
import java.util.UUID;

/** An activity on a timeline. The body is plain text, to be shown as text (never as HTML). */
public record ActivityEntry(
        UUID id,
        ActivityType type,
        String subject,
        String body,
        Instant occurredAt,
        UUID actorId,
        UUID candidateId,
        UUID jobId,
        UUID companyId,
        UUID contactId,
        long version) {
}
