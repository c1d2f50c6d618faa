package dev.wecruit.candidates.internal;

import dev.wecruit.candidates.ConsentMethod;
import dev.wecruit.candidates.Education;
import dev.wecruit.candidates.LawfulBasis;
import dev.wecruit.candidates.LegalHold;
import dev.wecruit.candidates.WorkExperience;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person the firm may place. Name, emails, phones, address and LinkedIn URL are sealed; the professional profile
 * is plain so it can be searched. Emails and phones are sealed as one newline-separated value each.
 */
@Entity
@Table(name = "candidates")
public class Candidate extends TenantScopedEntity {

    /** The sealed PII of a candidate. */
    public record SealedPii(SealedText firstName, SealedText lastName, SealedText emails, SealedText phones,
            SealedText address, SealedText linkedinUrl) {
    }

    /** The plain profile of a candidate, already checked and normalized. */
    public record Profile(String location, String currentTitle, String currentCompany, List<String> skills,
            Integer yearsOfExperience, List<WorkExperience> workHistory, List<Education> education, String source,
            UUID ownerId, List<String> tags, LawfulBasis lawfulBasis, LocalDate consentGivenOn, String consentNote,
            ConsentMethod consentMethod, LocalDate consentExpiresOn) {
    }

    @Column(name = "first_name_enc", nullable = false)
    private SealedText firstName;

    @Column(name = "last_name_enc", nullable = false)
    private SealedText lastName;

    @Column(name = "emails_enc")
    private SealedText emails;

    @Column(name = "phones_enc")
    private SealedText phones;

    @Column(name = "address_enc")
    private SealedText address;

    @Column(name = "linkedin_url_enc")
    private SealedText linkedinUrl;

    private String location;

    @Column(name = "current_title")
    private String currentTitle;

    @Column(name = "current_company")
    private String currentCompany;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> skills = new ArrayList<>();

    @Column(name = "years_experience")
    private Integer yearsOfExperience;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "work_history", nullable = false)
    private List<WorkExperience> workHistory = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Education> education = new ArrayList<>();

    private String source;

    @Column(name = "owner_id")
    private UUID ownerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> tags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis")
    private LawfulBasis lawfulBasis;

    @Column(name = "consent_given_on")
    private LocalDate consentGivenOn;

    @Column(name = "consent_note")
    private String consentNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method")
    private ConsentMethod consentMethod;

    @Column(name = "consent_expires_on")
    private LocalDate consentExpiresOn;

    // retention reads legal_hold: a candidate on hold is never anonymised (decision 0025)
    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    @Column(name = "legal_hold_reason")
    private String legalHoldReason;

    @Column(name = "legal_hold_set_by")
    private UUID legalHoldSetBy;

    @Column(name = "legal_hold_set_at")
    private Instant legalHoldSetAt;

    // written only by the activities' touch (CandidateService.recordActivity), never by saving the entity: an edit
    // loaded before a call was logged must not put the older time back
    @Column(name = "last_activity_at", insertable = false, updatable = false)
    private Instant lastActivityAt;

    // written only by anonymisation (CandidateRemoval), in SQL, under the row's lock
    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private Instant anonymisedAt;

    // written only by merging (CandidateService.retire), in SQL: the candidate who absorbed this one; while it is set,
    // lists, search and duplicate detection leave this candidate out (decision 0037)
    @Column(name = "merged_into", insertable = false, updatable = false)
    private UUID mergedInto;

    // what the term index (candidate_profile_terms) finds the candidate by; the database's trigger keeps the index
    // itself in step with this column (ProfileTerms, decision 0018)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_terms", nullable = false)
    private List<String> profileTerms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "candidate_search_terms", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "term", nullable = false)
    private Set<UUID> searchTerms = new HashSet<>();

    protected Candidate() {
    }

    public Candidate(SealedPii pii, Profile profile, Set<UUID> searchTerms) {
        change(pii, profile, searchTerms);
    }

    public void change(SealedPii pii, Profile profile, Set<UUID> terms) {
        firstName = pii.firstName();
        lastName = pii.lastName();
        emails = pii.emails();
        phones = pii.phones();
        address = pii.address();
        linkedinUrl = pii.linkedinUrl();
        location = profile.location();
        currentTitle = profile.currentTitle();
        currentCompany = profile.currentCompany();
        skills = new ArrayList<>(profile.skills());
        yearsOfExperience = profile.yearsOfExperience();
        workHistory = new ArrayList<>(profile.workHistory());
        education = new ArrayList<>(profile.education());
        source = profile.source();
        ownerId = profile.ownerId();
        tags = new ArrayList<>(profile.tags());
        lawfulBasis = profile.lawfulBasis();
        consentGivenOn = profile.consentGivenOn();
        consentNote = profile.consentNote();
        consentMethod = profile.consentMethod();
        consentExpiresOn = profile.consentExpiresOn();
        profileTerms = new ArrayList<>(ProfileTerms.of(currentTitle, currentCompany, skills, tags, location));
        searchTerms.retainAll(terms);
        searchTerms.addAll(terms);
    }

    public SealedPii getPii() {
        return new SealedPii(firstName, lastName, emails, phones, address, linkedinUrl);
    }

    public Profile getProfile() {
        return new Profile(location, currentTitle, currentCompany, List.copyOf(skills), yearsOfExperience,
                List.copyOf(workHistory), List.copyOf(education), source, ownerId, List.copyOf(tags), lawfulBasis,
                consentGivenOn, consentNote, consentMethod, consentExpiresOn);
    }

    /** Why and since when the candidate is on legal hold; null when they are not. */
    public LegalHold getLegalHold() {
        return legalHold ? new LegalHold(legalHoldReason, legalHoldSetBy, legalHoldSetAt) : null;
    }

    /** Puts the candidate on hold with this reason, or changes the reason, or lifts the hold ({@code null}). */
    public void changeLegalHold(LegalHold hold) {
        legalHold = hold != null;
        legalHoldReason = hold == null ? null : hold.reason();
        legalHoldSetBy = hold == null ? null : hold.setBy();
        legalHoldSetAt = hold == null ? null : hold.since();
    }

    /** The blind-index terms of the name, emails and phones. */
    public Set<UUID> getSearchTerms() {
        return Set.copyOf(searchTerms);
    }

    /** The profile's search terms, as {@link ProfileTerms#of} gives them. */
    public List<String> getProfileTerms() {
        return List.copyOf(profileTerms);
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    /** The candidate this one was merged into, while the merge can be undone; null for a candidate in use. */
    public UUID getMergedInto() {
        return mergedInto;
    }
}
