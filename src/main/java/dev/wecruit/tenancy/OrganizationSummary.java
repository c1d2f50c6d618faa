package dev.wecruit.tenancy;

import java.util.UUID;

/** A firm as other features see it. */
public record OrganizationSummary(UUID id, String name, String slug) {
}
