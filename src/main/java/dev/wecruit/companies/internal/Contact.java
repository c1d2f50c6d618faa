package dev.wecruit.companies.internal;

import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A person at a client. Names and contact details are sealed; search goes through the blind-index terms. */
@Entity
@Table(name = "contacts")
public class Contact extends TenantScopedEntity {

    @Column(name = "company_id", nullable = false)
    private UUID companyId;

    @Column(name = "first_name_enc", nullable = false)
    private SealedText firstName;

    @Column(name = "last_name_enc", nullable = false)
    private SealedText lastName;

    private String title;

    @Column(name = "email_enc")
    private SealedText email;

    @Column(name = "phone_enc")
    private SealedText phone;

    @Column(name = "linkedin_url_enc")
    private SealedText linkedinUrl;

    @ElementCollection
    @CollectionTable(name = "contact_search_terms", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "term", nullable = false)
    private Set<UUID> searchTerms = new HashSet<>();

    protected Contact() {
    }

    public Contact(UUID companyId) {
        this.companyId = companyId;
    }

    public void change(UUID companyId, SealedText firstName, SealedText lastName, String title, SealedText email,
            SealedText phone, SealedText linkedinUrl, Set<UUID> searchTerms) {
        this.companyId = companyId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.title = title;
        this.email = email;
        this.phone = phone;
        this.linkedinUrl = linkedinUrl;
        this.searchTerms.retainAll(searchTerms);
        this.searchTerms.addAll(searchTerms);
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public SealedText getFirstName() {
        return firstName;
    }

    public SealedText getLastName() {
        return lastName;
    }

    public String getTitle() {
        return title;
    }

    public SealedText getEmail() {
        return email;
    }

    public SealedText getPhone() {
        return phone;
    }

    public SealedText getLinkedinUrl() {
        return linkedinUrl;
    }
}
