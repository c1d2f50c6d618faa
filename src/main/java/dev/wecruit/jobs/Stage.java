package dev.wecruit.jobs;

import java.util.UUID;

/** One of a job's pipeline stages, in board order. */
public record Stage(UUID id, UUID jobId, String name, int position, StageKind kind) {
}
