package dev.wecruit.candidates;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A role in a candidate's work history; {@code endYear} null means current. */
public record WorkExperience(
        @NotBlank(message = "Enter the job title") @Size(max = 200, message = "At most 200 characters") String title,
        @Size(max = 200, message = "At most 200 characters") String company,
        @Min(value = 1950, message = "Enter a year from 1950") @Max(value = 2100, message = "Enter a real year")
        Integer startYear,
        @Min(value = 1950, message = "Enter a year from 1950") @Max(value = 2100, message = "Enter a real year")
        Integer endYear,
        @Size(max = 2000, message = "At most 2,000 characters") String summary) {
}
