package dev.wecruit.candidates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A candidate as a list row shows them. The name is decrypted; contact details are not included. */
public record CandidateSummary(
        UUID id,
        String firstName,
        String lastName,
        String currentTitle,
        String currentCompany,
        String location,
        List<String> skills,
        List<String> tags,
        UUID ownerId,
        Instant lastActivityAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
