package dev.wecruit.platform.persistence;

import java.util.Optional;
import java.util.UUID;

/**
 * Where persistence learns the current tenant. The tenancy module implements it from the signed-in member; nothing
 * in persistence knows how the tenant is resolved.
 */
public interface TenantIdSource {

    /** The firm the current unit of work acts for, if any. */
    Optional<UUID> currentTenantId();

    /** The member the current unit of work acts for, if any (none for system work): the created/updated by. */
    Optional<UUID> currentMemberId();
}
