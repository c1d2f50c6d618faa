package dev.wecruit.imports.internal;

import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.ImportKind;
import dev.wecruit.imports.ImportMode;
import dev.wecruit.imports.ImportService;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.work.WorkHandler;
import dev.wecruit.work.WorkItem;
import dev.wecruit.work.WorkItemRejected;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes one chunk of an import of companies or jobs, in one transaction, as {@code CandidateImportHandler} does for
 * candidates: the rows of the chunk without a record yet, each row's record and what it created or updated. A chunk
 * run again finds its records and writes nothing twice.
 */
@Component
class RecordImportHandler implements WorkHandler {

    private final ImportBatchRepository batches;
    private final ImportRecords records;
    private final ImportChanges changes;
    private final Map<ImportKind, RecordImport> imports = new EnumMap<>(ImportKind.class);
    private final PiiCipher cipher;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    RecordImportHandler(ImportBatchRepository batches, ImportRecords records, ImportChanges changes,
            List<RecordImport> imports, PiiCipher cipher, ObjectMapper json, JdbcTemplate jdbc,
            TransactionTemplate transactions) {
        this.batches = batches;
        this.records = records;
        this.changes = changes;
        imports.forEach(kind -> this.imports.put(kind.kind(), kind));
        this.cipher = cipher;
        this.json = json;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public String kind() {
        return ImportService.RECORDS_WORK_KIND;
    }

    @Override
    public void process(WorkItem item) throws WorkItemRejected {
        Boolean found = transactions.execute(status -> {
            ImportBatch batch = batches.findByWorkId(item.workId()).orElse(null);
            if (batch == null || batch.getRows() == null) {
                return false;
            }
            StoredRows rows = json.readValue(new String(cipher.open(batch.getRows(),
                    new FieldRef("Import", batch.getId(), "rows")), StandardCharsets.UTF_8), StoredRows.class);
            ColumnMapping mapping = json.readValue(batch.getMapping(), ColumnMapping.class);
            int from = batch.getMode() == ImportMode.ALL_OR_NOTHING ? 0 : item.position() * ImportService.ROWS_PER_ITEM;
            int to = batch.getMode() == ImportMode.ALL_OR_NOTHING ? rows.rows().size()
                    : Math.min(rows.rows().size(), from + ImportService.ROWS_PER_ITEM);
            Set<Integer> recorded = new HashSet<>(jdbc.queryForList("""
                    select row_number from import_batch_records
                     where batch_id = ? and row_number between ? and ?""", Integer.class, batch.getId(),
                    from + 1, to));
            Map<Integer, List<String>> toWrite = new LinkedHashMap<>();
            for (int i = from; i < to; i++) {
                if (!recorded.contains(i + 1)) {
                    toWrite.put(i, rows.rows().get(i));
                }
            }
            if (!toWrite.isEmpty()) {
                RecordImport.Written written = imports.get(batch.getKind()).write(toWrite, mapping,
                        changes.touched(batch.getId()));
                records.insert(batch.getTenantId(), batch.getId(), written.entries());
                changes.insert(batch.getTenantId(), batch.getId(), written.changes());
            }
            int[] counts = records.counts(batch.getId());
            jdbc.update("""
                    update import_batches
                       set created_count = ?, updated_count = ?, skipped_count = ?, updated_at = now(),
                           status = case when status = 'RUNNING' and ? >= row_count then 'DONE' else status end
                     where id = ?""", counts[0], counts[1], counts[2], counts[0] + counts[1] + counts[2],
                    batch.getId());
            return true;
        });
        if (!Boolean.TRUE.equals(found)) {
            throw new WorkItemRejected("The import is no longer kept");
        }
    }

    @Override
    public void failed(WorkItem item, String error) {
        jdbc.update("update import_batches set status = 'FAILED', updated_at = now()"
                + " where work_id = ? and status = 'RUNNING'", item.workId());
    }
}
