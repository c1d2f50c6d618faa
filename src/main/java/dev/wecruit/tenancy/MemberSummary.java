package dev.wecruit.tenancy;

import java.util.UUID;

/** A member of the current firm. */
public record MemberSummary(UUID id, UUID accountId, Role role, boolean active) {
}
