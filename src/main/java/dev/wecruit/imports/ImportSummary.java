package dev.wecruit.imports;

import dev.wecruit.platform.spreadsheets.SheetFormat;
import java.time.Instant;
import java.util.UUID;

/**
 * One import of the firm, as its list shows it.
 *
 * @param undoUntil until when "Undo import" is offered
 */
public record ImportSummary(UUID id, UUID workId, String fileName, SheetFormat format, ImportMode mode, int rows,
        int created, int updated, int skipped, Status status, Instant createdAt, UUID createdBy, Instant undoUntil) {

    public enum Status {
        RUNNING, DONE, FAILED, UNDONE
    }

    /** Whether "Undo import" applies at {@code now}. */
    public boolean mayUndo(Instant now) {
        return status == Status.DONE && now.isBefore(undoUntil) && created + updated > 0;
    }
}
