package dev.wecruit.jobs.internal;

import dev.wecruit.jobs.Stage;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One stage of a job's own pipeline. */
@Entity
@Table(name = "job_stages")
public class JobStage extends TenantScopedEntity {

    @Column(name = "job_id", nullable = false, updatable = false)
    private UUID jobId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StageKind kind;

    protected JobStage() {
    }

    public JobStage(UUID jobId, String name, int position, StageKind kind) {
        this.jobId = jobId;
        this.name = name;
        this.position = position;
        this.kind = kind;
    }

    public void change(String newName, int newPosition) {
        name = newName;
        position = newPosition;
    }

    public StageKind getKind() {
        return kind;
    }

    public UUID getJobId() {
        return jobId;
    }

    public int getPosition() {
        return position;
    }

    public Stage toStage() {
        return new Stage(getId(), jobId, name, position, kind);
    }
}
