package dev.wecruit.companies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What a user enters to create or change a contact at a company. */
public record ContactDraft(
        @NotNull(message = "Choose the contact's company") UUID companyId,
        @NotBlank(message = "Enter a first name") @Size(max = 100, message = "At most 100 characters")
        String firstName,
        @NotBlank(message = "Enter a last name") @Size(max = 100, message = "At most 100 characters")
        String lastName,
        @Size(max = 200, message = "At most 200 characters") String title,
        String email,
        String phone,
        String linkedinUrl) {
}
