package dev.wecruit.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate without their contact details: what an integration reads of each candidate of a page in one query.
 * The name is decrypted; emails, phones, address and LinkedIn URL are read separately
 * ({@link CandidateService#contactsOf}), because only some credentials may read them and each read is recorded.
 *
 * @param legalHold why and since when they are on legal hold; null when they are not
 */
public record CandidateProfile(
        UUID id,
        String firstName,
        String lastName,
        String currentTitle,
        String currentCompany,
        String location,
        List<String> skills,
        List<String> tags,
        Integer yearsOfExperience,
        String source,
        LawfulBasis lawfulBasis,
        LocalDate consentGivenOn,
        ConsentMethod consentMethod,
        LocalDate consentExpiresOn,
        LegalHold legalHold,
        UUID ownerId,
        Instant lastActivityAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public CandidateProfile {
        skills = List.copyOf(skills);
        tags = List.copyOf(tags);
    }

    /** The profile part of a candidate just saved. */
    public static CandidateProfile of(CandidateDetails candidate) {
        return new CandidateProfile(candidate.id(), candidate.firstName(), candidate.lastName(),
                candidate.currentTitle(), candidate.currentCompany(), candidate.location(), candidate.skills(),
                candidate.tags(), candidate.yearsOfExperience(), candidate.source(), candidate.lawfulBasis(),
                candidate.consentGivenOn(), candidate.consentMethod(), candidate.consentExpiresOn(),
                candidate.legalHold(), candidate.ownerId(), candidate.lastActivityAt(), candidate.createdAt(), candidate.updatedAt(),
                candidate.version());
    }
}
