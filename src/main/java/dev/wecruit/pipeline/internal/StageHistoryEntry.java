package dev.wecruit.pipeline.internal;

import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An application's stay in one stage: open while the card is there, closed when it moves on. */
@Entity
@Table(name = "application_stage_history")
public class StageHistoryEntry extends TenantScopedEntity {

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Column(name = "job_id", nullable = false, updatable = false)
    private UUID jobId;

    @Column(name = "stage_id", updatable = false)
    private UUID stageId;

    @Column(name = "stage_name", nullable = false, updatable = false)
    private String stageName;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_kind", nullable = false, updatable = false)
    private StageKind stageKind;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @Column(name = "exited_at")
    private Instant exitedAt;

    protected StageHistoryEntry() {
    }

    public StageHistoryEntry(UUID applicationId, Stage stage, Instant enteredAt) {
        this.applicationId = applicationId;
        this.jobId = stage.jobId();
        this.stageId = stage.id();
        this.stageName = stage.name();
        this.stageKind = stage.kind();
        this.enteredAt = enteredAt;
    }

    public void exit(Instant at) {
        exitedAt = at;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getStageId() {
        return stageId;
    }

    public String getStageName() {
        return stageName;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Instant getExitedAt() {
        return exitedAt;
    }
}
