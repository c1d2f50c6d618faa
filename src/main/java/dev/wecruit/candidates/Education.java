package dev.wecruit.candidates;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A degree or qualification. */
public record Education(
        @NotBlank(message = "Enter the school or awarding body") @Size(max = 200, message = "At most 200 characters")
        String institution,
        @Size(max = 200, message = "At most 200 characters") String qualification,
        @Min(value = 1950, message = "Enter a year from 1950") @Max(value = 2100, message = "Enter a real year")
        Integer endYear) {
}
