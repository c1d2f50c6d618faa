package dev.wecruit.activities;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * An activity to log. It must be about at least one record; all of them must be in the firm.
 *
 * @param occurredAt null means now
 */
public record ActivityDraft(
        @NotNull(message = "Choose the kind of activity") ActivityType type,
        @Size(max = 300, message = "At most 300 characters") String subject,
        @Size(max = 20000, message = "At most 20,000 characters") String body,
        Instant occurredAt,
        UUID candidateId,
        UUID jobId,
        UUID companyId,
        UUID contactId) {
}
