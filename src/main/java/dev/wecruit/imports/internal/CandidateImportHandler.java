package dev.wecruit.imports.internal;

import dev.wecruit.imports.ImportService;
import dev.wecruit.work.WorkHandler;
import dev.wecruit.work.WorkItem;
import dev.wecruit.work.WorkItemRejected;
import org.springframework.stereotype.Component;

/**
 * Writes one chunk of an import's candidate rows, in one transaction: the rows of the chunk that have no record yet
 * (the ones {@link ImportService#start} did not skip). Idempotent: a chunk run again finds its records and writes
 * nothing. All or nothing is one chunk of every row, so one transaction.
 */
@Component
class CandidateImportHandler implements WorkHandler {

    private final ImportChunks chunks;
    private final ImportRecords records;
    private final CandidateImport candidateImport;

    CandidateImportHandler(ImportChunks chunks, ImportRecords records, CandidateImport candidateImport) {
        this.chunks = chunks;
        this.records = records;
        this.candidateImport = candidateImport;
    }

    @Override
    public String kind() {
        return ImportService.WORK_KIND;
    }

    @Override
    public void process(WorkItem item) throws WorkItemRejected {
        chunks.write(item, chunk -> records.insert(chunk.batch().getTenantId(), chunk.batch().getId(),
                candidateImport.write(chunk.rows(), chunk.mapping())));
    }

    @Override
    public void failed(WorkItem item, String error) {
        chunks.failed(item);
    }
}
