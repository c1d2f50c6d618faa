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
        @Size(max = 2000, message = "At most 2,000 characters") String consentNote) {

    /** A draft with a name and nothing else. */
    public static CandidateDraft named(String firstName, String lastName) {
        return new CandidateDraft(firstName, lastName, List.of(), List.of(), null, null, null, null, null, List.of(),
                null, List.of(), List.of(), null, null, List.of(), null, null, null);
    }
}
