package dev.wecruit.intake.internal;

import dev.wecruit.intake.IntakeStatus;
import dev.wecruit.platform.crypto.SealedBytes;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A dropped CV on its way to a candidate: the file (sealed) until the recruiter saves or discards it, then the
 * fields proposed from it (sealed JSON) once parsed. Parsing is its background work item's work.
 */
@Entity
@Table(name = "cv_intakes")
public class CvIntake extends TenantScopedEntity {

    @Column(name = "work_id", nullable = false, updatable = false)
    private UUID workId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Column(name = "file_name_enc", nullable = false)
    private SealedText fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private byte[] sha256;

    @Column(name = "content_enc")
    private SealedBytes content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IntakeStatus status;

    @Column(name = "proposal_enc")
    private SealedText proposal;

    @Column
    private String parser;

    @Column
    private String note;

    @Column(name = "update_of", updatable = false)
    private UUID updateOf;

    @Column(name = "candidate_id")
    private UUID candidateId;

    protected CvIntake() {
    }

    public CvIntake(UUID workId, UUID itemId, SealedText fileName, String contentType, long sizeBytes, byte[] sha256,
            SealedBytes content, UUID updateOf) {
        this.workId = workId;
        this.itemId = itemId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256.clone();
        this.content = content;
        this.updateOf = updateOf;
        this.status = IntakeStatus.QUEUED;
    }

    /** The parsed proposal is in: the CV waits for its review. */
    public void proposed(SealedText proposal, String parser, String note) {
        this.proposal = proposal;
        this.parser = parser;
        this.note = note;
        this.status = IntakeStatus.TO_REVIEW;
    }

    /** Saved as a candidate's document: the file and the proposal are not kept twice. */
    public void saved(UUID candidateId) {
        this.candidateId = candidateId;
        this.status = IntakeStatus.SAVED;
        forget();
    }

    public void discarded() {
        this.status = IntakeStatus.DISCARDED;
        forget();
    }

    private void forget() {
        this.content = null;
        this.proposal = null;
    }

    public UUID getWorkId() {
        return workId;
    }

    public UUID getItemId() {
        return itemId;
    }

    public SealedText getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public SealedBytes getContent() {
        return content;
    }

    public IntakeStatus getStatus() {
        return status;
    }

    public SealedText getProposal() {
        return proposal;
    }

    public String getParser() {
        return parser;
    }

    public String getNote() {
        return note;
    }

    public UUID getUpdateOf() {
        return updateOf;
    }

    public UUID getCandidateId() {
        return candidateId;
    }
}
