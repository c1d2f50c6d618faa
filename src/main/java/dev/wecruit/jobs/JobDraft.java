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

    /** A draft built by name, one value at a time; what is not set is null, or empty for a list. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this draft's values, to build a draft that differs in a few of them. */
    public Builder toBuilder() {
        var builder = new Builder();
        builder.title = title;
        builder.companyId = companyId;
        builder.hiringManagerId = hiringManagerId;
        builder.description = description;
        builder.skills = skills;
        builder.niceToHave = niceToHave;
        builder.seniority = seniority;
        builder.location = location;
        builder.remotePolicy = remotePolicy;
        builder.salaryMin = salaryMin;
        builder.salaryMax = salaryMax;
        builder.salaryCurrency = salaryCurrency;
        builder.fee = fee;
        builder.status = status;
        builder.ownerId = ownerId;
        builder.openedOn = openedOn;
        builder.closedOn = closedOn;
        return builder;
    }

    /** Builds a {@link JobDraft}; each method sets the component of the same name. */
    public static final class Builder {

        private String title;
        private UUID companyId;
        private UUID hiringManagerId;
        private String description;
        private List<String> skills = List.of();
        private List<String> niceToHave = List.of();
        private Seniority seniority;
        private String location;
        private RemotePolicy remotePolicy;
        private BigDecimal salaryMin;
        private BigDecimal salaryMax;
        private String salaryCurrency;
        private FeeTerms fee;
        private JobStatus status;
        private UUID ownerId;
        private LocalDate openedOn;
        private LocalDate closedOn;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder companyId(UUID companyId) {
            this.companyId = companyId;
            return this;
        }

        public Builder hiringManagerId(UUID hiringManagerId) {
            this.hiringManagerId = hiringManagerId;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder skills(List<String> skills) {
            this.skills = skills;
            return this;
        }

        public Builder niceToHave(List<String> niceToHave) {
            this.niceToHave = niceToHave;
            return this;
        }

        public Builder seniority(Seniority seniority) {
            this.seniority = seniority;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder remotePolicy(RemotePolicy remotePolicy) {
            this.remotePolicy = remotePolicy;
            return this;
        }

        public Builder salaryMin(BigDecimal salaryMin) {
            this.salaryMin = salaryMin;
            return this;
        }

        public Builder salaryMax(BigDecimal salaryMax) {
            this.salaryMax = salaryMax;
            return this;
        }

        public Builder salaryCurrency(String salaryCurrency) {
            this.salaryCurrency = salaryCurrency;
            return this;
        }

        public Builder fee(FeeTerms fee) {
            this.fee = fee;
            return this;
        }

        public Builder status(JobStatus status) {
            this.status = status;
            return this;
        }

        public Builder ownerId(UUID ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        public Builder openedOn(LocalDate openedOn) {
            this.openedOn = openedOn;
            return this;
        }

        public Builder closedOn(LocalDate closedOn) {
            this.closedOn = closedOn;
            return this;
        }

        public JobDraft build() {
            return new JobDraft(title, companyId, hiringManagerId, description, skills, niceToHave, seniority, location,
                    remotePolicy, salaryMin, salaryMax, salaryCurrency, fee, status, ownerId, openedOn, closedOn);
        }
    }
}
