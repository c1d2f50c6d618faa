package dev.wecruit.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A subject-access export of one candidate, without its archive.
 *
 * @param workId the background work that makes it, to follow with {@code LiveWork}
 * @param requestedBy the member who asked for it
 * @param finishedAt when the archive was made, or the work failed; null while it is being prepared
 * @param sizeBytes the archive's size; null until it is ready
 * @param expiresAt when it is deleted; it cannot be downloaded after that
 * @param error why it failed; null otherwise
 */
public record PersonalDataExportSummary(UUID id, UUID candidateId, UUID workId, ExportStatus status,
        UUID requestedBy, Instant requestedAt, Instant finishedAt, Long sizeBytes, Instant expiresAt, String error) {

    /** Whether it can be downloaded at {@code now}. */
    public boolean downloadableAt(Instant now) {
        return status == ExportStatus.READY && now.isBefore(expiresAt);
    }
}
