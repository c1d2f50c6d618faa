package dev.wecruit.imports;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.candidates.CandidateDetails;
import dev.wecruit.candidates.CandidateRemoval;
import dev.wecruit.candidates.CandidateService;
import dev.wecruit.imports.internal.CandidateImport;
import dev.wecruit.imports.internal.ColumnSuggestions;
import dev.wecruit.imports.internal.ImportBatch;
import dev.wecruit.imports.internal.ImportBatchRepository;
import dev.wecruit.imports.internal.ImportChanges;
import dev.wecruit.imports.internal.RecordImport;
import dev.wecruit.imports.internal.ImportProperties;
import dev.wecruit.imports.internal.ImportRecords;
import dev.wecruit.imports.internal.SavedMapping;
import dev.wecruit.imports.internal.SavedMappingRepository;
import dev.wecruit.imports.internal.StoredRows;
import dev.wecruit.imports.internal.TableReader;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.spreadsheets.SheetWriter;
import dev.wecruit.shared.InvalidInputException;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.NewItem;
import dev.wecruit.work.StartedWork;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports of the firm's candidates from spreadsheets (decision 0031). A file is read and checked here, in the
 * member's request, and nothing is written until {@link #start}: the import then runs as background work
 * ({@value #WORK_KIND}), in chunks of {@value #ROWS_PER_ITEM} rows when invalid rows are skipped, in one transaction
 * when it is all or nothing. Every import is a batch that can be undone within {@code wecruit.imports.undo-period}.
 * Recruiters and admins import; viewers cannot.
 */
@Service
@Transactional(readOnly = true)
public class ImportService {

    public static final String WORK_KIND = "candidate-import";
    /** The background work of an import of companies with contacts, or of jobs. */
    public static final String RECORDS_WORK_KIND = "record-import";
    /** Rows one item of background work writes, in one transaction. */
    public static final int ROWS_PER_ITEM = 500;
    /** How many rows a preview shows. */
    public static final int PREVIEW_ROWS = 20;
    /** The result column added to the file given back. */
    public static final String RESULT_HEADER = "Import result";

    private final TableReader reader;
    private final ImportProperties properties;
    private final CandidateImport candidateImport;
    private final Map<ImportKind, RecordImport> recordImports = new EnumMap<>(ImportKind.class);
    private final ImportChanges changes;
    private final CandidateService candidates;
    private final CandidateRemoval removal;
    private final ImportBatchRepository batches;
    private final ImportRecords records;
    private final SavedMappingRepository templates;
    private final BackgroundWork work;
    private final AuditLog audit;
    private final PiiCipher cipher;
    private final ObjectMapper json;
    private final CurrentTenant currentTenant;
    private final Clock clock;

    ImportService(ImportProperties properties, CandidateImport candidateImport, List<RecordImport> recordImports,
            ImportChanges changes, CandidateService candidates,
            CandidateRemoval removal, ImportBatchRepository batches, ImportRecords records,
            SavedMappingRepository templates, BackgroundWork work, AuditLog audit, PiiCipher cipher,
            ObjectMapper json, CurrentTenant currentTenant, Clock clock) {
        recordImports.forEach(kind -> this.recordImports.put(kind.kind(), kind));
        this.changes = changes;
        this.reader = new TableReader(properties);
        this.properties = properties;
        this.candidateImport = candidateImport;
        this.candidates = candidates;
        this.removal = removal;
        this.batches = batches;
        this.records = records;
        this.templates = templates;
        this.work = work;
        this.audit = audit;
        this.cipher = cipher;
        this.json = json;
        this.currentTenant = currentTenant;
        this.clock = clock;
    }

    /** The largest file read, for the upload's limit. */
    public long maxFileBytes() {
        return properties.maxFileSize().toBytes();
    }

    /**
     * Reads a sheet of the file whole.
     *
     * @param sheet an XLSX's sheet by name; null for the first
     * @throws InvalidInputException on {@code file}, with one sentence, when the file is refused (too large, a zip
     *     bomb, damaged, too many rows, columns or characters in a cell)
     */
    @RequiresRole(Role.RECRUITER)
    public ImportTable read(String fileName, byte[] content, String sheet) {
        return reader.read(fileName, content, sheet);
    }

    /** A field for each column, from its header and its first values; a known layout is named. */
    public ColumnMapping suggest(ImportTable table) {
        return suggest(ImportKind.CANDIDATES, table);
    }

    /** A field of the kind for each column, from its header and its first values; a known layout is named. */
    public ColumnMapping suggest(ImportKind kind, ImportTable table) {
        return ColumnSuggestions.suggest(kind, table.headers(), table.rows().subList(0, Math.min(50,
                table.size())));
    }

    /** The first rows, each checked as the candidate form checks what is typed. */
    @RequiresRole(Role.RECRUITER)
    public List<RowCheck> preview(ImportTable table, ColumnMapping mapping) {
        return preview(ImportKind.CANDIDATES, table, mapping);
    }

    /** The first rows, each checked as the kind's forms check what is typed. */
    @RequiresRole(Role.RECRUITER)
    public List<RowCheck> preview(ImportKind kind, ImportTable table, ColumnMapping mapping) {
        checkMapping(kind, mapping);
        int rows = Math.min(PREVIEW_ROWS, table.size());
        return check(kind, table.rows().subList(0, rows), table.rowNumbers().subList(0, rows), mapping);
    }

    private List<RowCheck> check(ImportKind kind, List<List<String>> rows, List<Integer> lines,
            ColumnMapping mapping) {
        return kind == ImportKind.CANDIDATES ? candidateImport.check(rows, lines, mapping)
                : recordImports.get(kind).check(rows, lines, mapping);
    }

    /**
     * What importing the whole table would do, row by row, writing nothing: rows to create, to update (the same email
     * or phone as one existing candidate of the firm), duplicates (of an earlier row, of several candidates, or
     * possibly of one by a similar name with the same employer, location or LinkedIn) and invalid rows, each with its
     * reason.
     */
    @RequiresRole(Role.RECRUITER)
    public DryRun dryRun(ImportTable table, ColumnMapping mapping) {
        return dryRun(ImportKind.CANDIDATES, table, mapping);
    }

    /**
     * What importing the whole table as this kind would do, row by row, writing nothing. Companies: a row creates its
     * company (matched by name) or its contact, or updates them; jobs: a row creates a job or updates the one job of
     * that title at its client.
     */
    @RequiresRole(Role.RECRUITER)
    public DryRun dryRun(ImportKind kind, ImportTable table, ColumnMapping mapping) {
        checkMapping(kind, mapping);
        return new DryRun(check(kind, table.rows(), table.rowNumbers(), mapping));
    }

    /**
     * Starts importing the table: checks every row again, records the rows it skips with their reasons, and queues
     * the rest as background work. Audited.
     *
     * @throws InvalidInputException when the mapping names no way to a name, or, all or nothing, when any row is
     *     invalid (its line and messages; nothing is written)
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public StartedImport start(ImportTable table, ColumnMapping mapping, ImportMode mode) {
        return start(ImportKind.CANDIDATES, table, mapping, mode);
    }

    /** {@link #start} for rows of this kind. */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public StartedImport start(ImportKind kind, ImportTable table, ColumnMapping mapping, ImportMode mode) {
        checkMapping(kind, mapping);
        List<RowCheck> checks = check(kind, table.rows(), table.rowNumbers(), mapping);
        List<RowCheck> invalid = checks.stream().filter(check -> check.outcome() == RowCheck.Outcome.INVALID).toList();
        if (mode == ImportMode.ALL_OR_NOTHING && !invalid.isEmpty()) {
            RowCheck first = invalid.getFirst();
            throw InvalidInputException.of("file", (invalid.size() == 1 ? "1 row is" : invalid.size() + " rows are")
                    + " invalid, so nothing was imported. Line " + first.line() + ": " + first.reason());
        }
        int items = mode == ImportMode.ALL_OR_NOTHING ? 1 : Math.max(1, (table.size() + ROWS_PER_ITEM - 1)
                / ROWS_PER_ITEM);
        List<NewItem> newItems = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            int from = mode == ImportMode.ALL_OR_NOTHING ? 1 : i * ROWS_PER_ITEM + 1;
            int to = mode == ImportMode.ALL_OR_NOTHING ? table.size() : Math.min(table.size(), (i + 1) * ROWS_PER_ITEM);
            newItems.add(NewItem.of("Rows " + from + " to " + to));
        }
        StartedWork started = work.start(kind == ImportKind.CANDIDATES ? WORK_KIND : RECORDS_WORK_KIND,
                "Import of " + table.size() + " rows", newItems);
        byte[] rows = json.writeValueAsBytes(new StoredRows(table.headers(), table.rows(), table.rowNumbers()));
        ImportBatch batch = batches.saveAndFlush(new ImportBatch(kind, started.workId(), cipher.seal(table.fileName()),
                table.format(), table.sheet(), mode, json.writeValueAsString(mapping), cipher.seal(rows),
                table.size()));
        List<ImportRecords.Entry> skipped = checks.stream().filter(check -> !check.outcome().writes())
                .map(check -> new ImportRecords.Entry(check.index() + 1, ImportRecords.Outcome.SKIPPED,
                        check.reason(), null, null, null)).toList();
        records.insert(batch.getTenantId(), batch.getId(), skipped);
        batch.counted(0, 0, skipped.size());
        long toCreate = checks.stream().filter(check -> check.outcome() == RowCheck.Outcome.CREATE).count();
        long toUpdate = checks.stream().filter(check -> check.outcome() == RowCheck.Outcome.UPDATE).count();
        audit.record(AuditAction.IMPORTED, "Import of " + table.fileName(), String.format(Locale.UK,
                "%s%d rows: %d to create, %d to update, %d skipped (%s)", kind == ImportKind.CANDIDATES ? ""
                        : kind.label() + ", ", table.size(), toCreate, toUpdate, skipped.size(),
                mode.label().toLowerCase(Locale.ROOT)));
        return new StartedImport(batch.getId(), started.workId());
    }

    /** The import, if it is the firm's. */
    @RequiresRole(Role.RECRUITER)
    public Optional<ImportSummary> find(UUID batchId) {
        return batches.findById(batchId).map(this::summary);
    }

    /** The firm's latest imports, newest first. */
    @RequiresRole(Role.RECRUITER)
    public List<ImportSummary> recent(int limit) {
        return batches.findAllByOrderByCreatedAtDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 200)))).stream()
                .map(this::summary).toList();
    }

    /**
     * The imported file given back, in its format, with a result column: "created", "updated" or "skipped: why" per
     * row ("not imported yet" while the import runs).
     */
    @RequiresRole(Role.RECRUITER)
    public ResultFile resultFile(UUID batchId) {
        ImportBatch batch = batches.findById(batchId).orElseThrow(() -> new RecordNotFoundException("import",
                batchId));
        if (batch.getSweptAt() != null) {
            throw InvalidInputException.of("import", "The rows of this import were deleted when its undo period"
                    + " ended: its result file is no longer kept");
        }
        StoredRows rows = rowsOf(batch);
        Map<Integer, ImportRecords.Entry> byRow = new LinkedHashMap<>();
        records.of(batchId).forEach(entry -> byRow.put(entry.row(), entry));
        List<String> header = new ArrayList<>(rows.headers());
        header.add(RESULT_HEADER);
        var out = new ByteArrayOutputStream();
        String fileName = cipher.open(batch.getFileName(), new FieldRef("Import", batchId, "fileName"));
        try (SheetWriter writer = SheetWriter.open(batch.getFormat(), out, batch.getSheet() == null ? "Import"
                : batch.getSheet(), header)) {
            for (int i = 0; i < rows.rows().size(); i++) {
                List<Object> cells = new ArrayList<>(rows.rows().get(i));
                ImportRecords.Entry entry = byRow.get(i + 1);
                cells.add(entry == null ? (batch.getStatus() == ImportSummary.Status.RUNNING ? "not imported yet"
                        : "not imported") : switch (entry.outcome()) {
                            case CREATED -> "created";
                            case UPDATED -> "updated";
                            case SKIPPED -> "skipped: " + entry.reason();
                        });
                writer.row(cells);
            }
        }
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "") + " result";
        return new ResultFile(batch.getFormat().fileName(base), batch.getFormat().contentType(), out.toByteArray());
    }

    /**
     * Undoes the import: removes the candidates it created and restores those it updated to their values before
     * it, unless they were changed since (their version moved on); those are listed instead and left as they are.
     * Audited.
     *
     * @throws InvalidInputException when the undo period is over, the import is still running or was undone
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public UndoneImport undo(UUID batchId) {
        ImportBatch batch = batches.findById(batchId).orElseThrow(() -> new RecordNotFoundException("import",
                batchId));
        ImportSummary summary = summary(batch);
        Instant now = clock.instant();
        if (summary.status() == ImportSummary.Status.UNDONE) {
            throw InvalidInputException.of("import", "This import was undone already");
        }
        if (batch.getSweptAt() != null) {
            throw InvalidInputException.of("import", "The undo period of this import is over and what it needs to"
                    + " undo was deleted: it can no longer be undone");
        }
        if (summary.status() != ImportSummary.Status.DONE) {
            throw InvalidInputException.of("import", "This import has not finished: wait for it, then undo it");
        }
        if (!now.isBefore(summary.undoUntil())) {
            throw InvalidInputException.of("import", "Imports can be undone for " + properties.undoPeriod().toDays()
                    + " days; this one is older");
        }
        UUID memberId = currentTenant.currentMemberId().orElse(null);
        String fileName = summary.fileName();
        if (batch.getKind() != ImportKind.CANDIDATES) {
            return undoRecords(batch, summary, now, memberId);
        }
        int removed = 0;
        int restored = 0;
        List<String> changed = new ArrayList<>();
        StoredRows rows = rowsOf(batch);
        for (ImportRecords.Entry entry : records.of(batchId)) {
            if (entry.candidateId() == null || entry.outcome() == ImportRecords.Outcome.SKIPPED) {
                continue;
            }
            int line = rows.lines().get(entry.row() - 1);
            Optional<CandidateDetails> current = candidates.find(entry.candidateId());
            if (current.isEmpty()) {
                continue;
            }
            if (current.get().version() != entry.versionAfter()) {
                changed.add("Line " + line + ": " + current.get().fullName());
                continue;
            }
            if (entry.outcome() == ImportRecords.Outcome.CREATED) {
                if (removal.withdrawImported(entry.candidateId(), entry.versionAfter())) {
                    removed++;
                } else {
                    changed.add("Line " + line + ": " + current.get().fullName());
                }
            } else {
                candidates.update(entry.candidateId(), entry.versionAfter(),
                        candidateImport.snapshot(entry.previous(), entry.candidateId()));
                restored++;
            }
        }
        // removing candidates clears the persistence context: read the batch again to mark it
        batches.findById(batchId).orElseThrow().undone(now, memberId);
        audit.record(AuditAction.IMPORT_UNDONE, "Import of " + fileName, String.format(Locale.UK,
                "%d removed, %d restored, %d changed since and kept", removed, restored, changed.size()));
        return new UndoneImport(removed, restored, changed);
    }

    private UndoneImport undoRecords(ImportBatch batch, ImportSummary summary, Instant now, UUID memberId) {
        RecordImport kind = recordImports.get(batch.getKind());
        StoredRows rows = rowsOf(batch);
        int removed = 0;
        int restored = 0;
        List<String> changed = new ArrayList<>();
        for (ImportChanges.Change change : changes.forUndo(batch.getId())) {
            RecordImport.Undone undone = kind.undo(change);
            switch (undone.result()) {
                case REMOVED -> removed++;
                case RESTORED -> restored++;
                case KEPT -> changed.add("Line " + rows.lines().get(change.row() - 1) + ": " + undone.record());
                case GONE -> { }
            }
        }
        // undo lists the lines in the file's order
        changed.sort(java.util.Comparator.comparingInt(line -> Integer.parseInt(line.substring(5,
                line.indexOf(':')))));
        batches.findById(batch.getId()).orElseThrow().undone(now, memberId);
        audit.record(AuditAction.IMPORT_UNDONE, "Import of " + summary.fileName(), String.format(Locale.UK,
                "%s: %d removed, %d restored, %d changed since and kept", batch.getKind().label(), removed, restored,
                changed.size()));
        return new UndoneImport(removed, restored, changed);
    }

    // ---- templates

    /** The firm's saved mappings, by name. */
    @RequiresRole(Role.RECRUITER)
    public List<ImportTemplate> templates() {
        return templates.findAllByOrderByNameAsc().stream().map(this::template).toList();
    }

    /**
     * Saves the mapping of these headers under a name, for the firm; a template of that name is replaced.
     *
     * @throws InvalidInputException on {@code name} when it is blank or longer than 100 characters
     */
    @Transactional
    @RequiresRole(Role.RECRUITER)
    public ImportTemplate saveTemplate(String name, List<String> headers, ColumnMapping mapping) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.of("name", "Name the template");
        }
        if (trimmed.length() > 100) {
            throw InvalidInputException.of("name", "At most 100 characters");
        }
        Map<String, ImportField> columns = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.putIfAbsent(headers.get(i), mapping.field(i));
        }
        String stored = json.writeValueAsString(new StoredTemplate(mapping.separator(), columns));
        SavedMapping saved = templates.findByName(trimmed).map(existing -> {
            existing.change(stored);
            return existing;
        }).orElseGet(() -> new SavedMapping(trimmed, stored));
        return template(templates.saveAndFlush(saved));
    }

    /** The template applied to a file's headers for this kind: a header it does not know, or a field of another kind,
     * is skipped. */
    public ColumnMapping apply(ImportKind kind, ImportTemplate template, List<String> headers) {
        ColumnMapping mapping = apply(template, headers);
        return new ColumnMapping(mapping.fields().stream().map(field -> ImportField.of(kind).contains(field) ? field
                : ImportField.SKIP).toList(), mapping.separator(), null);
    }

    /** The template applied to a file's headers: a header it does not know is skipped. */
    public ColumnMapping apply(ImportTemplate template, List<String> headers) {
        List<ImportField> fields = headers.stream()
                .map(header -> template.columns().getOrDefault(header, ImportField.SKIP)).toList();
        return new ColumnMapping(fields, template.separator(), null);
    }

    private record StoredTemplate(String separator, Map<String, ImportField> columns) {
    }

    private ImportTemplate template(SavedMapping saved) {
        StoredTemplate stored = json.readValue(saved.getMapping(), StoredTemplate.class);
        return new ImportTemplate(saved.getId(), saved.getName(), stored.separator(), stored.columns());
    }

    // ----

    private void checkMapping(ImportKind kind, ColumnMapping mapping) {
        Set<ImportField> repeated = ColumnSuggestions.repeated(mapping);
        if (!repeated.isEmpty()) {
            throw InvalidInputException.of("mapping", "Map each of these to one column only: " + String.join(", ",
                    repeated.stream().map(ImportField::label).sorted().toList()));
        }
        List<String> foreign = mapping.fields().stream().filter(field -> !ImportField.of(kind).contains(field))
                .map(ImportField::label).distinct().sorted().toList();
        if (!foreign.isEmpty()) {
            throw InvalidInputException.of("mapping", kind.label() + " have no " + String.join(", ", foreign)
                    + ": map those columns to a field of theirs, or skip them");
        }
        if (kind != ImportKind.CANDIDATES) {
            String problem = recordImports.get(kind).mappingProblem(mapping);
            if (problem != null) {
                throw InvalidInputException.of("mapping", problem);
            }
            return;
        }
        boolean named = mapping.fields().contains(ImportField.FULL_NAME)
                || (mapping.fields().contains(ImportField.FIRST_NAME) && mapping.fields().contains(
                        ImportField.LAST_NAME));
        if (!named) {
            throw InvalidInputException.of("mapping", "Map a column to Full name, or columns to First name and"
                    + " Last name");
        }
    }

    private StoredRows rowsOf(ImportBatch batch) {
        byte[] plain = cipher.open(batch.getRows(), new FieldRef("Import", batch.getId(), "rows"));
        return json.readValue(new String(plain, StandardCharsets.UTF_8), new TypeReference<StoredRows>() {
        });
    }

    private ImportSummary summary(ImportBatch batch) {
        return new ImportSummary(batch.getId(), batch.getWorkId(),
                cipher.open(batch.getFileName(), new FieldRef("Import", batch.getId(), "fileName")),
                batch.getFormat(), batch.getMode(), batch.getRowCount(), batch.getCreatedCount(),
                batch.getUpdatedCount(), batch.getSkippedCount(), batch.getStatus(), batch.getCreatedAt(),
                batch.getCreatedBy(), batch.getCreatedAt().plus(properties.undoPeriod()));
    }
}
