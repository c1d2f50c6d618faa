package dev.wecruit.tenancy;

import java.util.Objects;
import java.util.UUID;

/** A person who is a member of a firm from the moment it is created. */
public record Founder(UUID accountId, Role role) {

    public Founder {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
    }
}
