package dev.wecruit.companies;

import java.util.UUID;

/** A contact with their details decrypted, for the server side of a view. Never log it. */
public record ContactDetails(
        UUID id,
        UUID companyId,
        String firstName,
        String lastName,
        String title,
        String email,
        String phone,
        String linkedinUrl,
        long version) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
