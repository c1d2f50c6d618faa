package dev.wecruit.tenancy;

import java.util.UUID;

/** A member of the current firm, with the name others see. */
public record MemberSummary(UUID id, UUID accountId, String displayName, Role role, boolean active) {
}
