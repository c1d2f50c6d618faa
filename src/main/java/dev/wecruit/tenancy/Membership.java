package dev.wecruit.tenancy;

import java.util.UUID;

/** A person's membership of one firm: who they are there and what they may do. */
public record Membership(UUID memberId, UUID tenantId, String organizationName, Role role) {
}
