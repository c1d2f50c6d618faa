package dev.wecruit.platform.persistence;

import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Gives Hibernate's {@code @TenantId} the current firm. Hibernate must never get null, so without a tenant it gets
 * {@link #NO_TENANT}, an id no firm has: queries then find nothing and inserts are refused by row-level security.
 */
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID> {

    static final UUID NO_TENANT = new UUID(0L, 0L);

    private final TenantIdSource tenants;

    TenantIdentifierResolver(TenantIdSource tenants) {
        this.tenants = tenants;
    }

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return tenants.currentTenantId().orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
