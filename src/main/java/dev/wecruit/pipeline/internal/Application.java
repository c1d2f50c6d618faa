package dev.wecruit.pipeline.internal;

import dev.wecruit.pipeline.ApplicationSummary;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A candidate in a job's pipeline. */
@Entity
@Table(name = "applications")
public class Application extends TenantScopedEntity {

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private UUID candidateId;

    @Column(name = "job_id", nullable = false, updatable = false)
    private UUID jobId;

    @Column(name = "stage_id", nullable = false)
    private UUID stageId;

    @Column(nullable = false)
    private int position;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    protected Application() {
    }

    public Application(UUID candidateId, UUID jobId, UUID stageId, int position, Instant stageEnteredAt,
            String rejectionReason) {
        this.candidateId = candidateId;
        this.jobId = jobId;
        this.stageId = stageId;
        this.position = position;
        this.stageEnteredAt = stageEnteredAt;
        this.rejectionReason = rejectionReason;
    }

    /** Puts the card at a place in a column; a new stage restarts its time in stage. */
    public void moveTo(UUID toStageId, int toPosition, Instant at, String reason) {
        if (!toStageId.equals(stageId)) {
            stageEnteredAt = at;
        }
        stageId = toStageId;
        position = toPosition;
        rejectionReason = reason;
    }

    public UUID getCandidateId() {
        return candidateId;
    }

    public UUID getJobId() {
        return jobId;
    }

    public UUID getStageId() {
        return stageId;
    }

    public int getPosition() {
        return position;
    }

    public ApplicationSummary toSummary() {
        return new ApplicationSummary(getId(), candidateId, jobId, stageId, position, stageEnteredAt,
                rejectionReason, getVersion());
    }
}
