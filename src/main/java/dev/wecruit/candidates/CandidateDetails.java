package dev.wecruit.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A candidate with their PII decrypted, for the server side of a view. Never log it or send it whole to a client. */
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
        Instant lastActivityAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
