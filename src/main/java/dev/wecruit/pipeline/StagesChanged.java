package dev.wecruit.pipeline;

import java.util.UUID;

/** A job's stages were changed (added, renamed, reordered or removed): its open boards read themselves again. */
public record StagesChanged(UUID tenantId, UUID jobId) {
}
