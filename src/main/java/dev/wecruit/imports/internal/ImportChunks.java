package dev.wecruit.imports.internal;

import dev.wecruit.imports.ColumnMapping;
import dev.wecruit.imports.ImportMode;
import dev.wecruit.imports.ImportService;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.work.WorkItem;
import dev.wecruit.work.WorkItemRejected;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * What every import's background work does around writing its rows, whatever they hold: find the work item's
 * chunk of the stored rows (all of them for all or nothing), leave out the rows that have a record already, so a
 * chunk run again writes nothing twice, and count the batch's outcomes afterwards, all in one transaction.
 */
@Component
class ImportChunks {

    /** The rows of one chunk still to write, by their index in the file, with the batch and its mapping. */
    record Chunk(ImportBatch batch, ColumnMapping mapping, Map<Integer, List<String>> rows) {
    }

    private final ImportBatchRepository batches;
    private final ImportRecords records;
    private final PiiCipher cipher;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ImportChunks(ImportBatchRepository batches, ImportRecords records, PiiCipher cipher, ObjectMapper json,
            JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.batches = batches;
        this.records = records;
        this.cipher = cipher;
        this.json = json;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * In one transaction: hands the item's rows without a record to {@code write} (when there are any), then counts
     * the batch's created, updated and skipped rows, and marks it done once every row has its record.
     *
     * @throws WorkItemRejected when the import is gone, or its rows were swept after the undo period
     */
    void write(WorkItem item, Consumer<Chunk> write) throws WorkItemRejected {
        Boolean found = transactions.execute(status -> {
            ImportBatch batch = batches.findByWorkId(item.workId()).orElse(null);
            if (batch == null || batch.getRows() == null) {
                return false;
            }
            Chunk chunk = unwritten(batch, item.position());
            if (!chunk.rows().isEmpty()) {
                write.accept(chunk);
            }
            int[] counts = records.counts(batch.getId());
            // one statement, not the entity: key rotation may re-seal the batch's columns meanwhile
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

    /** Marks the import of a work item that gave up as failed. */
    void failed(WorkItem item) {
        jdbc.update("update import_batches set status = 'FAILED', updated_at = now()"
                + " where work_id = ? and status = 'RUNNING'", item.workId());
    }

    private Chunk unwritten(ImportBatch batch, int position) {
        StoredRows rows = json.readValue(new String(cipher.open(batch.getRows(),
                new FieldRef("Import", batch.getId(), "rows")), StandardCharsets.UTF_8), StoredRows.class);
        ColumnMapping mapping = json.readValue(batch.getMapping(), ColumnMapping.class);
        boolean whole = batch.getMode() == ImportMode.ALL_OR_NOTHING;
        int from = whole ? 0 : position * ImportService.ROWS_PER_ITEM;
        int to = whole ? rows.rows().size() : Math.min(rows.rows().size(), from + ImportService.ROWS_PER_ITEM);
        Set<Integer> recorded = new HashSet<>(jdbc.queryForList("""
                select row_number from import_batch_records
                 where batch_id = ? and row_number between ? and ?""", Integer.class, batch.getId(), from + 1, to));
        Map<Integer, List<String>> toWrite = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            if (!recorded.contains(i + 1)) {
                toWrite.put(i, rows.rows().get(i));
            }
        }
        return new Chunk(batch, mapping, toWrite);
    }
}
