package dev.wecruit.candidates;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user enters to create or change a candidate. Emails and phones are lists: the first is the primary one.
 *
 * @param ownerId the recruiter responsible; null for none
 * @param consentMethod how the consent of {@code consentGivenOn} was obtained
 * @param consentExpiresOn the first day the consent no longer holds; after the day it was given
 * @param legalHold whether the candidate is on legal hold ({@link LegalHold}); null keeps what the candidate has (a
 *     new candidate is not on hold), so that a change made without knowing of holds cannot lift one
 * @param legalHoldReason why they are on hold: required with {@code legalHold} true, ignored otherwise
 */
public record CandidateDraft(
        @NotBlank(message = "Enter a first name") @Size(max = 100, message = "At most 100 characters")
        String firstName,
        @NotBlank(message = "Enter a last name") @Size(max = 100, message = "At most 100 characters")
        String lastName,
        @Size(max = 5, message = "At most 5 email addresses") List<String> emails,
        @Size(max = 5, message = "At most 5 phone numbers") List<String> phones,
        @Size(max = 500, message = "At most 500 characters") String address,
        String linkedinUrl,
        @Size(max = 200, message = "At most 200 characters") String location,
        @Size(max = 200, message = "At most 200 characters") String currentTitle,
        @Size(max = 200, message = "At most 200 characters") String currentCompany,
        @Size(max = 100, message = "At most 100 skills")
        List<@NotBlank(message = "Skills cannot be blank") @Size(max = 100, message = "At most 100 characters per skill")
                String> skills,
        @Min(value = 0, message = "Cannot be negative") @Max(value = 70, message = "At most 70 years")
        Integer yearsOfExperience,
        @Size(max = 50, message = "At most 50 roles")
        List<@NotNull(message = "A role cannot be empty") @Valid WorkExperience> workHistory,
        @Size(max = 20, message = "At most 20 entries")
        List<@NotNull(message = "An entry cannot be empty") @Valid Education> education,
        @Size(max = 100, message = "At most 100 characters") String source,
        UUID ownerId,
        @Size(max = 30, message = "At most 30 tags")
        List<@NotBlank(message = "Tags cannot be blank") @Size(max = 50, message = "At most 50 characters per tag")
                String> tags,
        LawfulBasis lawfulBasis,
        @PastOrPresent(message = "Cannot be in the future") LocalDate consentGivenOn,
        @Size(max = 2000, message = "At most 2,000 characters") String consentNote,
        ConsentMethod consentMethod,
        LocalDate consentExpiresOn,
        Boolean legalHold,
        @Size(max = 500, message = "At most 500 characters") String legalHoldReason) {

    /** A draft with a name and nothing else. */
    public static CandidateDraft named(String firstName, String lastName) {
        return builder().firstName(firstName).lastName(lastName).build();
    }

    /** A draft built by name, one value at a time; what is not set is null, or empty for a list. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this draft's values, to build a draft that differs in a few of them. */
    public Builder toBuilder() {
        var builder = new Builder();
        builder.firstName = firstName;
        builder.lastName = lastName;
        builder.emails = emails;
        builder.phones = phones;
        builder.address = address;
        builder.linkedinUrl = linkedinUrl;
        builder.location = location;
        builder.currentTitle = currentTitle;
        builder.currentCompany = currentCompany;
        builder.skills = skills;
        builder.yearsOfExperience = yearsOfExperience;
        builder.workHistory = workHistory;
        builder.education = education;
        builder.source = source;
        builder.ownerId = ownerId;
        builder.tags = tags;
        builder.lawfulBasis = lawfulBasis;
        builder.consentGivenOn = consentGivenOn;
        builder.consentNote = consentNote;
        builder.consentMethod = consentMethod;
        builder.consentExpiresOn = consentExpiresOn;
        builder.legalHold = legalHold;
        builder.legalHoldReason = legalHoldReason;
        return builder;
    }

    /** Builds a {@link CandidateDraft}; each method sets the component of the same name. */
    public static final class Builder {

        private String firstName;
        private String lastName;
        private List<String> emails = List.of();
        private List<String> phones = List.of();
        private String address;
        private String linkedinUrl;
        private String location;
        private String currentTitle;
        private String currentCompany;
        private List<String> skills = List.of();
        private Integer yearsOfExperience;
        private List<WorkExperience> workHistory = List.of();
        private List<Education> education = List.of();
        private String source;
        private UUID ownerId;
        private List<String> tags = List.of();
        private LawfulBasis lawfulBasis;
        private LocalDate consentGivenOn;
        private String consentNote;
        private ConsentMethod consentMethod;
        private LocalDate consentExpiresOn;
        private Boolean legalHold;
        private String legalHoldReason;

        private Builder() {
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder emails(List<String> emails) {
            this.emails = emails;
            return this;
        }

        public Builder phones(List<String> phones) {
            this.phones = phones;
            return this;
        }

        public Builder address(String address) {
            this.address = address;
            return this;
        }

        public Builder linkedinUrl(String linkedinUrl) {
            this.linkedinUrl = linkedinUrl;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder currentTitle(String currentTitle) {
            this.currentTitle = currentTitle;
            return this;
        }

        public Builder currentCompany(String currentCompany) {
            this.currentCompany = currentCompany;
            return this;
        }

        public Builder skills(List<String> skills) {
            this.skills = skills;
            return this;
        }

        public Builder yearsOfExperience(Integer yearsOfExperience) {
            this.yearsOfExperience = yearsOfExperience;
            return this;
        }

        public Builder workHistory(List<WorkExperience> workHistory) {
            this.workHistory = workHistory;
            return this;
        }

        public Builder education(List<Education> education) {
            this.education = education;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder ownerId(UUID ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder lawfulBasis(LawfulBasis lawfulBasis) {
            this.lawfulBasis = lawfulBasis;
            return this;
        }

        public Builder consentGivenOn(LocalDate consentGivenOn) {
            this.consentGivenOn = consentGivenOn;
            return this;
        }

        public Builder consentNote(String consentNote) {
            this.consentNote = consentNote;
            return this;
        }

        public Builder consentMethod(ConsentMethod consentMethod) {
            this.consentMethod = consentMethod;
            return this;
        }

        public Builder consentExpiresOn(LocalDate consentExpiresOn) {
            this.consentExpiresOn = consentExpiresOn;
            return this;
        }

        public Builder legalHold(Boolean legalHold) {
            this.legalHold = legalHold;
            return this;
        }

        public Builder legalHoldReason(String legalHoldReason) {
            this.legalHoldReason = legalHoldReason;
            return this;
        }

        public CandidateDraft build() {
            return new CandidateDraft(firstName, lastName, emails, phones, address, linkedinUrl, location, currentTitle,
                    currentCompany, skills, yearsOfExperience, workHistory, education, source, ownerId, tags,
                    lawfulBasis, consentGivenOn, consentNote, consentMethod, consentExpiresOn, legalHold,
                    legalHoldReason);
        }
    }
}
