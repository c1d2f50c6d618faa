package dev.wecruit.companies.internal;

import dev.wecruit.companies.CompanyStatus;
import dev.wecruit.companies.CompanySummary;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** A client or prospective client of the firm. */
@Entity
@Table(name = "companies")
public class Company extends TenantScopedEntity {

    @Column(nullable = false)
    private String name;

    private String website;

    private String industry;

    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CompanyStatus status;

    @Column(name = "owner_id")
    private UUID ownerId;

    protected Company() {
    }

    public Company(String name, String website, String industry, String location, CompanyStatus status,
            UUID ownerId) {
        change(name, website, industry, location, status, ownerId);
    }

    public void change(String name, String website, String industry, String location, CompanyStatus status,
            UUID ownerId) {
        this.name = name;
        this.website = website;
        this.industry = industry;
        this.location = location;
        this.status = status;
        this.ownerId = ownerId;
    }

    public CompanySummary toSummary() {
        return new CompanySummary(getId(), name, website, industry, location, status, ownerId, getUpdatedAt(),
                getVersion());
    }
}
