package dev.wecruit.intake;

import java.util.UUID;

/**
 * CVs handed to background work: the work to follow, and how many files were refused before reading (wrong type,
 * too large), which the work lists as failed with their reason.
 */
public record StartedIntake(UUID workId, int files, int refused) {
}
