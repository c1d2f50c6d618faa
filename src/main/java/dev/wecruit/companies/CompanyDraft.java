package dev.wecruit.companies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What a user enters to create or change a company.
 *
 * @param website typed with or without {@code https://}
 * @param ownerId the member responsible for the client; null for none
 */
public record CompanyDraft(
        @NotBlank(message = "Enter the company's name") @Size(max = 200, message = "At most 200 characters")
        String name,
        @Size(max = 500, message = "At most 500 characters") String website,
        @Size(max = 100, message = "At most 100 characters") String industry,
        @Size(max = 200, message = "At most 200 characters") String location,
        @NotNull(message = "Choose a status") CompanyStatus status,
        UUID ownerId) {
}
