package dev.wecruit.imports;

import java.util.UUID;

/** An import just queued: its batch and the background work that runs it. */
public record StartedImport(UUID batchId, UUID workId) {
}
