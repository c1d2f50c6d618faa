package dev.wecruit.candidates;

import java.time.Instant;
import java.util.UUID;

/** A candidate's file, without its content. */
public record DocumentSummary(
        UUID id,
        UUID candidateId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        boolean hasText,
        Instant uploadedAt,
        UUID uploadedBy) {
}
