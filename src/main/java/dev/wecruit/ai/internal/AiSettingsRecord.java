package dev.wecruit.ai.internal;

import dev.wecruit.ai.AiProvider;
import dev.wecruit.platform.crypto.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UpdateTimestamp;

/** A firm's AI settings: one row per firm, none until an admin first saves them. */
@Entity
@Table(name = "ai_settings")
public class AiSettingsRecord {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AiProvider provider;

    @Column(name = "base_url")
    private String baseUrl;

    @Column(name = "chat_model")
    private String chatModel;

    @Column(name = "embedding_model")
    private String embeddingModel;

    @Column(name = "api_key_enc")
    private SealedText apiKey;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    private long version;

    protected AiSettingsRecord() {
    }

    public AiSettingsRecord(UUID id) {
        this.id = id;
    }

    public void change(AiProvider provider, String baseUrl, String chatModel, String embeddingModel,
            SealedText apiKey, UUID updatedBy) {
        this.provider = provider;
        this.baseUrl = baseUrl;
        this.chatModel = chatModel;
        this.embeddingModel = embeddingModel;
        this.apiKey = apiKey;
        this.updatedBy = updatedBy;
    }

    public UUID id() {
        return id;
    }

    public AiProvider provider() {
        return provider;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String chatModel() {
        return chatModel;
    }

    public String embeddingModel() {
        return embeddingModel;
    }

    public SealedText apiKey() {
        return apiKey;
    }

    public long version() {
        return version;
    }
}
