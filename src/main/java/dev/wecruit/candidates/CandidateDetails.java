package dev.wecruit.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate with their PII decrypted, for the server side of a view. Never log it or send it whole to a client.
 *
 * @param legalHold why and since when they are on legal hold; null when they are not
 * @param anonymisedAt when retention or an admin removed their personal data; null while they are a person
 */
public record CandidateDetails(
        UUID id,
        String firstName,
        String lastName,
        List<String> emails,
        List<String> phones,
        String address,
        String linkedinUrl,
        String location,
        String currentTitle,
        String currentCompany,
        List<String> skills,
        Integer yearsOfExperience,
        List<WorkExperience> workHistory,
        List<Education> education,
        String source,
        UUID ownerId,
        List<String> tags,
        LawfulBasis lawfulBasis,
        LocalDate consentGivenOn,
        String consentNote,
        ConsentMethod consentMethod,
        LocalDate consentExpiresOn,
        LegalHold legalHold,
        Instant lastActivityAt,
        Instant anonymisedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean onLegalHold() {
        return legalHold != null;
    }

    public boolean anonymised() {
        return anonymisedAt != null;
    }

    /** A draft of exactly these values, legal hold included: saved unchanged, it changes nothing. */
    public CandidateDraft toDraft() {
        return CandidateDraft.builder().firstName(firstName).lastName(lastName).emails(emails).phones(phones)
                .address(address).linkedinUrl(linkedinUrl).location(location).currentTitle(currentTitle)
                .currentCompany(currentCompany).skills(skills).yearsOfExperience(yearsOfExperience)
                .workHistory(workHistory).education(education).source(source).ownerId(ownerId).tags(tags)
                .lawfulBasis(lawfulBasis).consentGivenOn(consentGivenOn).consentNote(consentNote)
                .consentMethod(consentMethod).consentExpiresOn(consentExpiresOn).legalHold(onLegalHold())
                .legalHoldReason(onLegalHold() ? legalHold.reason() : null).build();
    }
}
