package dev.wecruit.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * What every firm-owned record has: a time-ordered id (UUIDv7, so new rows land at the end of the index), the firm
 * it belongs to (set by Hibernate from the current tenant, and checked again by row-level security), who created and
 * last changed it and when, and a version for optimistic locking.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class TenantScopedEntity {

    @Id
    @GeneratedValue
    @UuidGenerator(algorithm = Ids.Generated.class)
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @LastModifiedBy
    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    private Long version;

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public UUID getUpdatedBy() {
        return updatedBy;
    }

    /** The version the record had when read; null until first saved. */
    public Long getVersion() {
        return version;
    }

    /**
     * Refuses to change a record the caller read at another version: someone else changed it in between.
     *
     * @throws StaleRecordException when {@code expectedVersion} is not the current version
     */
    public void checkVersion(long expectedVersion) {
        if (version == null || version != expectedVersion) {
            throw new StaleRecordException(getClass().getSimpleName(), id);
        }
    }
}
