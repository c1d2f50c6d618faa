package dev.wecruit.companies;

import java.time.Instant;
import java.util.UUID;

/** A company as lists and pages show it. {@code version} is what an edit must name to be accepted. */
public record CompanySummary(
        UUID id,
        String name,
        String website,
        String industry,
        String location,
        CompanyStatus status,
        UUID ownerId,
        Instant updatedAt,
        long version) {
}
