package dev.wecruit.imports.internal;

import dev.wecruit.imports.ImportKind;
import dev.wecruit.imports.ImportService;
import dev.wecruit.work.WorkHandler;
import dev.wecruit.work.WorkItem;
import dev.wecruit.work.WorkItemRejected;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes one chunk of an import of companies or jobs, in one transaction, as {@code CandidateImportHandler} does for
 * candidates: the rows of the chunk without a record yet, each row's record and what it created or updated. A chunk
 * run again finds its records and writes nothing twice.
 */
@Component
class RecordImportHandler implements WorkHandler {

    private final ImportChunks chunks;
    private final ImportRecords records;
    private final ImportChanges changes;
    private final Map<ImportKind, RecordImport> imports = new EnumMap<>(ImportKind.class);

    RecordImportHandler(ImportChunks chunks, ImportRecords records, ImportChanges changes,
            List<RecordImport> imports) {
        this.chunks = chunks;
        this.records = records;
        this.changes = changes;
        imports.forEach(kind -> this.imports.put(kind.kind(), kind));
    }

    @Override
    public String kind() {
        return ImportService.RECORDS_WORK_KIND;
    }

    @Override
    public void process(WorkItem item) throws WorkItemRejected {
        chunks.write(item, chunk -> {
            ImportBatch batch = chunk.batch();
            RecordImport.Written written = imports.get(batch.getKind()).write(chunk.rows(), chunk.mapping(),
                    changes.touched(batch.getId()));
            records.insert(batch.getTenantId(), batch.getId(), written.entries());
            changes.insert(batch.getTenantId(), batch.getId(), written.changes());
        });
    }

    @Override
    public void failed(WorkItem item, String error) {
        chunks.failed(item);
    }
}
