package dev.wecruit.jobs;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user enters to create or change a job.
 *
 * @param hiringManagerId a contact at the job's company; null for none yet
 * @param skills the must-have requirements: skills, tools, qualifications ("Sage 50", "CIPP")
 * @param niceToHave the requirements that count in a candidate's favour without being needed
 * @param fee null while the terms are not agreed
 * @param openedOn null means today
 * @param closedOn null means today when the status is filled or cancelled, none otherwise
 */
public record JobDraft(
        @NotBlank(message = "Enter the job title") @Size(max = 200, message = "At most 200 characters") String title,
        @NotNull(message = "Choose the client company") UUID companyId,
        UUID hiringManagerId,
        @Size(max = 20000, message = "At most 20,000 characters") String description,
        @Size(max = 50, message = "At most 50 skills")
        List<@NotBlank(message = "Skills cannot be blank") @Size(max = 100, message = "At most 100 characters per skill")
                String> skills,
        @Size(max = 50, message = "At most 50 nice-to-have requirements")
        List<@NotBlank(message = "Requirements cannot be blank")
                @Size(max = 100, message = "At most 100 characters per requirement") String> niceToHave,
        Seniority seniority,
        @Size(max = 200, message = "At most 200 characters") String location,
        RemotePolicy remotePolicy,
        @PositiveOrZero(message = "Cannot be negative")
        @Digits(integer = 12, fraction = 2, message = "At most 12 digits and 2 decimals") BigDecimal salaryMin,
        @PositiveOrZero(message = "Cannot be negative")
        @Digits(integer = 12, fraction = 2, message = "At most 12 digits and 2 decimals") BigDecimal salaryMax,
        String salaryCurrency,
        FeeTerms fee,
        @NotNull(message = "Choose a status") JobStatus status,
        UUID ownerId,
        LocalDate openedOn,
        LocalDate closedOn) {
}
