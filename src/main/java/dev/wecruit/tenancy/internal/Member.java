package dev.wecruit.tenancy.internal;

import dev.wecruit.platform.persistence.Ids;
import dev.wecruit.tenancy.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UpdateTimestamp;

/** A person's membership of one firm, with their role there. */
@Entity
@Table(name = "members")
public class Member {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean active = true;

    /** When Clerk last changed this membership, by the webhooks applied. */
    @Column(name = "clerk_updated_at")
    private Instant clerkUpdatedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Member() {
    }

    public Member(UUID accountId, Role role) {
        this.id = Ids.next();
        this.accountId = accountId;
        this.role = role;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Applies what Clerk says of the membership, unless what was applied already is newer. */
    public boolean updateFromClerk(Role role, boolean active, Instant changedAt) {
        if (clerkUpdatedAt != null && changedAt != null && changedAt.isBefore(clerkUpdatedAt)) {
            return false;
        }
        this.role = role;
        this.active = active;
        if (changedAt != null) {
            this.clerkUpdatedAt = changedAt; // a message without a time never resets the mark
        }
        return true;
    }
}
