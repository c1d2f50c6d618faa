package dev.wecruit.tenancy.internal;

import dev.wecruit.tenancy.FirmProfile;
import dev.wecruit.tenancy.OrganizationSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A firm. Its id is its tenant id; the table's {@code tenant_id} column is generated from it, so the same
 * row-level security policy guards it as every other table.
 */
@Entity
@Table(name = "organizations")
public class Organization {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(name = "default_currency", nullable = false)
    private String defaultCurrency = "EUR";

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths = 24;

    @Column(name = "viewers_export_contacts", nullable = false)
    private boolean viewersExportContacts;

    /** An IANA zone id; none until chosen, when the firm's dates are in UTC. */
    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "clerk_organization_id", updatable = false)
    private String clerkOrganizationId;

    /** When Clerk last changed this organization, by the webhooks applied. */
    @Column(name = "clerk_updated_at")
    private Instant clerkUpdatedAt;

    /** A closed firm keeps its data and gives nobody access. */
    @Column(nullable = false)
    private boolean active = true;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Organization() {
    }

    public Organization(UUID id, String name, String slug) {
        this.id = id;
        this.name = name;
        this.slug = slug;
    }

    public static Organization ofClerk(UUID id, String clerkOrganizationId, String name, String slug) {
        var organization = new Organization(id, name, slug);
        organization.clerkOrganizationId = clerkOrganizationId;
        return organization;
    }

    public OrganizationSummary toSummary() {
        return new OrganizationSummary(id, name, slug);
    }

    public FirmProfile profile() {
        return new FirmProfile(name, defaultCurrency, retentionMonths,
                timeZone == null ? FirmProfile.DEFAULT_TIME_ZONE : ZoneId.of(timeZone), viewersExportContacts);
    }

    public void changeProfile(FirmProfile profile) {
        this.name = profile.name().strip();
        this.defaultCurrency = profile.defaultCurrency();
        this.retentionMonths = profile.retentionMonths();
        this.timeZone = profile.timeZone().getId();
        this.viewersExportContacts = profile.viewersExportContacts();
    }

    /** Whether an admin or the first admin's browser has given the firm its time zone. */
    public boolean hasTimeZone() {
        return timeZone != null;
    }

    /** Applies what Clerk says of the organization, unless what was applied already is newer. */
    public boolean updateFromClerk(String name, Instant changedAt) {
        if (clerkUpdatedAt != null && changedAt != null && !changedAt.isAfter(clerkUpdatedAt)) {
            return false;
        }
        if (name != null && !name.isBlank()) {
            this.name = name.strip();
        }
        if (changedAt != null) {
            this.clerkUpdatedAt = changedAt; // a message without a time never resets the mark
        }
        return true;
    }

    public void close() {
        this.active = false;
    }

    public boolean isActive() {
        return active;
    }

    public String clerkOrganizationId() {
        return clerkOrganizationId;
    }

    public Long version() {
        return version;
    }
}
