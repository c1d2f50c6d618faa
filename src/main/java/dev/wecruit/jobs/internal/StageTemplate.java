package dev.wecruit.jobs.internal;

import dev.wecruit.jobs.StageDefinition;
import dev.wecruit.jobs.StageKind;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One stage of the firm's pipeline template. */
@Entity
@Table(name = "stage_templates")
public class StageTemplate extends TenantScopedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StageKind kind;

    protected StageTemplate() {
    }

    public StageTemplate(String name, int position, StageKind kind) {
        this.name = name;
        this.position = position;
        this.kind = kind;
    }

    public int getPosition() {
        return position;
    }

    public StageDefinition toDefinition() {
        return new StageDefinition(name, kind);
    }
}
