package dev.wecruit.api;

import dev.wecruit.tenancy.Role;
import java.time.Instant;
import java.util.UUID;

/** An API key as lists show it: never the key itself, only the first characters that identify it. */
public record ApiKeySummary(UUID id, String name, Role role, String prefix, Instant createdAt, Instant expiresAt,
        Instant revokedAt, Instant lastUsedAt) {

    /** Whether the key works now. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
