package dev.wecruit.tenancy;

import java.util.UUID;

/** A member of the current firm, with the name others see and the email they sign in with (if known). */
public record MemberSummary(UUID id, UUID accountId, String displayName, String email, Role role, boolean active) {
}
