package dev.wecruit.imports.internal;

import dev.wecruit.imports.ImportKind;
import dev.wecruit.imports.ImportMode;
import dev.wecruit.imports.ImportSummary;
import dev.wecruit.platform.crypto.SealedBytes;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.platform.persistence.TenantScopedEntity;
import dev.wecruit.platform.spreadsheets.SheetFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One import: its rows (sealed, they name people), how they were mapped, and its counts. What became of each row is
 * in {@code import_batch_records} ({@link ImportRecords}).
 */
@Entity
@Table(name = "import_batches")
public class ImportBatch extends TenantScopedEntity {

    @Column(name = "work_id", nullable = false, updatable = false)
    private UUID workId;

    @Column(nullable = false, updatable = false)
    private String kind = "CANDIDATES";

    @Column(name = "file_name_enc", nullable = false)
    private SealedText fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SheetFormat format;

    @Column(updatable = false)
    private String sheet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ImportMode mode;

    @Column(nullable = false, updatable = false)
    private String mapping;

    /** Null once swept after the undo period ({@link ImportSnapshotSweep}). */
    @Column(name = "rows_enc")
    private SealedBytes rows;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportSummary.Status status;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "undone_by")
    private UUID undoneBy;

    @Column(name = "swept_at", insertable = false, updatable = false)
    private Instant sweptAt;

    protected ImportBatch() {
    }

    public ImportBatch(UUID workId, SealedText fileName, SheetFormat format, String sheet, ImportMode mode,
            String mapping, SealedBytes rows, int rowCount) {
        this(ImportKind.CANDIDATES, workId, fileName, format, sheet, mode, mapping, rows, rowCount);
    }

    public ImportBatch(ImportKind kind, UUID workId, SealedText fileName, SheetFormat format, String sheet,
            ImportMode mode, String mapping, SealedBytes rows, int rowCount) {
        this.kind = kind.name();
        this.workId = workId;
        this.fileName = fileName;
        this.format = format;
        this.sheet = sheet;
        this.mode = mode;
        this.mapping = mapping;
        this.rows = rows;
        this.rowCount = rowCount;
        this.status = ImportSummary.Status.RUNNING;
    }

    public void counted(int created, int updated, int skipped) {
        this.createdCount = created;
        this.updatedCount = updated;
        this.skippedCount = skipped;
        if (status == ImportSummary.Status.RUNNING && created + updated + skipped >= rowCount) {
            status = ImportSummary.Status.DONE;
        }
    }

    public void undone(Instant at, UUID by) {
        this.status = ImportSummary.Status.UNDONE;
        this.undoneAt = at;
        this.undoneBy = by;
    }

    public ImportKind getKind() {
        return ImportKind.valueOf(kind);
    }

    /** When its snapshots were deleted, its undo period over; null while they are kept. */
    public Instant getSweptAt() {
        return sweptAt;
    }

    public UUID getWorkId() {
        return workId;
    }

    public SealedText getFileName() {
        return fileName;
    }

    public SheetFormat getFormat() {
        return format;
    }

    public String getSheet() {
        return sheet;
    }

    public ImportMode getMode() {
        return mode;
    }

    public String getMapping() {
        return mapping;
    }

    public SealedBytes getRows() {
        return rows;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public ImportSummary.Status getStatus() {
        return status;
    }
}
