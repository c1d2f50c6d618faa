package dev.wecruit.privacy.internal;

import dev.wecruit.platform.crypto.SealedBytes;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import dev.wecruit.privacy.ExportStatus;
import dev.wecruit.privacy.PersonalDataExportSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A candidate's subject-access export: queued, then its sealed ZIP, until it expires. */
@Entity
@Table(name = "personal_data_exports")
public class PersonalDataExport extends TenantScopedEntity {

    /** Longest error kept; the column allows 500. */
    private static final int MAX_ERROR = 500;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private UUID candidateId;

    @Column(name = "work_id", nullable = false, updatable = false)
    private UUID workId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExportStatus status;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "content_enc")
    private SealedBytes content;

    @Column
    private String error;

    protected PersonalDataExport() {
    }

    public PersonalDataExport(UUID candidateId, UUID workId, UUID itemId, Instant expiresAt) {
        this.candidateId = candidateId;
        this.workId = workId;
        this.itemId = itemId;
        this.expiresAt = expiresAt;
        this.status = ExportStatus.QUEUED;
    }

    /** The archive is made. */
    public void ready(SealedBytes content, long sizeBytes, Instant at) {
        this.content = content;
        this.sizeBytes = sizeBytes;
        this.finishedAt = at;
        this.status = ExportStatus.READY;
    }

    /** Its work failed for good. */
    public void failed(String error, Instant at) {
        this.content = null;
        this.sizeBytes = null;
        this.finishedAt = at;
        this.error = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
        this.status = ExportStatus.FAILED;
    }

    public PersonalDataExportSummary toSummary() {
        return new PersonalDataExportSummary(getId(), candidateId, workId, status, getCreatedBy(), getCreatedAt(),
                finishedAt, sizeBytes, expiresAt, error);
    }

    public UUID getCandidateId() {
        return candidateId;
    }

    public UUID getItemId() {
        return itemId;
    }

    public ExportStatus getStatus() {
        return status;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public SealedBytes getContent() {
        return content;
    }
}
