package dev.wecruit.jobs;

import java.util.UUID;

/**
 * One stage of a job's board as the stage editor wants it, in board order.
 *
 * @param stageId the stage it keeps, or null for a new one
 * @param kind must stay what it was for a kept stage
 */
public record StageChange(UUID stageId, String name, StageKind kind) {

    public StageDefinition definition() {
        return new StageDefinition(name, kind);
    }
}
