package dev.wecruit.candidates.internal;

import dev.wecruit.platform.crypto.SealedBytes;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A candidate's file: content, file name and extracted text sealed; type, size and SHA-256 plain. */
@Entity
@Table(name = "documents")
public class Document extends TenantScopedEntity {

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private UUID candidateId;

    @Column(name = "file_name_enc", nullable = false)
    private SealedText fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private byte[] sha256;

    @Column(name = "content_enc", nullable = false)
    private SealedBytes content;

    @Column(name = "text_enc")
    private SealedText text;

    protected Document() {
    }

    public Document(UUID candidateId, SealedText fileName, String contentType, long sizeBytes, byte[] sha256,
            SealedBytes content, SealedText text) {
        this.candidateId = candidateId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256.clone();
        this.content = content;
        this.text = text;
    }

    public UUID getCandidateId() {
        return candidateId;
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

    public byte[] getSha256() {
        return sha256.clone();
    }

    public SealedBytes getContent() {
        return content;
    }

    public SealedText getText() {
        return text;
    }
}
