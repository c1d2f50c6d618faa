package dev.wecruit.tenancy;

import dev.wecruit.platform.persistence.TenantIdSource;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The firm the current unit of work acts for: the active membership of the signed-in member, or, for system work
 * such as seeding and background jobs, the firm named by {@link #callAs}. Persistence reads it through
 * {@link TenantIdSource} for Hibernate's {@code @TenantId} and for row-level security.
 */
@Component
public class CurrentTenant implements TenantIdSource {

    private static final ThreadLocal<UUID> SYSTEM_TENANT = new ThreadLocal<>();
    /** The member on whose behalf system work runs (background work a member started), if any. */
    private static final ThreadLocal<UUID> SYSTEM_MEMBER = new ThreadLocal<>();

    @Override
    public Optional<UUID> currentTenantId() {
        UUID system = SYSTEM_TENANT.get();
        if (system != null) {
            return Optional.of(system);
        }
        return currentMember().map(member -> member.membership().tenantId());
    }

    @Override
    public Optional<UUID> currentMemberId() {
        if (SYSTEM_TENANT.get() != null) {
            return Optional.ofNullable(SYSTEM_MEMBER.get());
        }
        return currentMember().map(member -> member.membership().memberId());
    }

    /** Whether the current unit of work is system work for a firm ({@link #callAs}), not a member's. */
    public boolean actingAsSystem() {
        return SYSTEM_TENANT.get() != null;
    }

    /** The signed-in member, if the current thread acts for one. */
    public Optional<MemberPrincipal> currentMember() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof MemberPrincipal member) {
            return Optional.of(member);
        }
        return Optional.empty();
    }

    /** The signed-in member, or an error when there is none (a programming error: views require sign-in). */
    public MemberPrincipal requireMember() {
        return currentMember().orElseThrow(() -> new IllegalStateException("No signed-in member"));
    }

    /**
     * Whether the current unit of work may do what {@code role} may: a member whose role includes it, or system work
     * for a firm. Views ask this to hide what a member cannot do.
     */
    public boolean may(Role role) {
        if (SYSTEM_TENANT.get() != null) {
            return true;
        }
        return currentMember().map(member -> member.membership().role().includes(role)).orElse(false);
    }

    /**
     * Refuses the current unit of work unless it {@link #may} do what {@code role} may.
     *
     * @throws AccessDeniedException for a member without the role, or when nobody is signed in
     */
    public void requireRole(Role role) {
        if (!may(role)) {
            throw new AccessDeniedException(currentMember()
                    .map(member -> "A " + member.membership().role().label().toLowerCase(java.util.Locale.ROOT)
                            + " cannot do this; it needs the " + role.label().toLowerCase(java.util.Locale.ROOT)
                            + " role")
                    .orElse("Sign in first"));
        }
    }

    /**
     * Runs system work (seeding, provisioning, background jobs) for one firm. Never call it with a tenant id that
     * came from a user's input.
     */
    public <T> T callAs(UUID tenantId, Supplier<T> work) {
        return callAs(tenantId, null, work);
    }

    /**
     * Runs system work for one firm on behalf of one of its members: background work the member started. What it
     * writes is created and updated by that member. Both ids must come from the server's own records (the work the
     * member scheduled), never from a user's input.
     *
     * @param memberId the member who started the work; null for work nobody started
     */
    public <T> T callAs(UUID tenantId, UUID memberId, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // the open transaction already told PostgreSQL and Hibernate its firm; switching now would split them
            throw new IllegalStateException("callAs must start outside a transaction");
        }
        UUID previousTenant = SYSTEM_TENANT.get();
        UUID previousMember = SYSTEM_MEMBER.get();
        SYSTEM_TENANT.set(tenantId);
        set(SYSTEM_MEMBER, memberId);
        try {
            return work.get();
        } finally {
            set(SYSTEM_TENANT, previousTenant);
            set(SYSTEM_MEMBER, previousMember);
        }
    }

    private static void set(ThreadLocal<UUID> local, UUID value) {
        if (value == null) {
            local.remove();
        } else {
            local.set(value);
        }
    }

    /** {@link #callAs} for work without a result. */
    public void runAs(UUID tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
