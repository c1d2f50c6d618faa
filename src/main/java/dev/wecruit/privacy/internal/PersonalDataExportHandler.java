package dev.wecruit.privacy.internal;

import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.privacy.ExportStatus;
import dev.wecruit.privacy.PersonalDataExportService;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.work.WorkHandler;
import dev.wecruit.work.WorkItem;
import dev.wecruit.work.WorkItemRejected;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes one export's ZIP in the background, as the member who asked for it. Everything is read in one transaction,
 * so the archive is one consistent picture of the candidate; it is sealed and stored in a second. Idempotent: an
 * export already made (a second run after a node died just after the commit) is left as it is.
 */
@Component
class PersonalDataExportHandler implements WorkHandler {

    private final PersonalDataExportRepository exports;
    private final ExportReader reader;
    private final ExportArchiveWriter writer;
    private final PiiCipher cipher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PersonalDataExportHandler(PersonalDataExportRepository exports, ExportReader reader, ExportArchiveWriter writer,
            PiiCipher cipher, TransactionTemplate transactions, Clock clock) {
        this.exports = exports;
        this.reader = reader;
        this.writer = writer;
        this.cipher = cipher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return PersonalDataExportService.WORK_KIND;
    }

    @Override
    public void process(WorkItem item) throws WorkItemRejected {
        Optional<UUID> candidate = transactions.execute(status -> exports.findByItemId(item.itemId())
                .filter(export -> export.getStatus() == ExportStatus.QUEUED)
                .map(PersonalDataExport::getCandidateId));
        if (candidate == null || candidate.isEmpty()) {
            if (!Boolean.TRUE.equals(transactions.execute(status -> exports.findByItemId(item.itemId())
                    .isPresent()))) {
                throw new WorkItemRejected("The export was deleted: start a new one");
            }
            return;
        }
        byte[] archive;
        try {
            archive = transactions.execute(status -> writer.write(reader.read(candidate.get())));
        } catch (RecordNotFoundException e) {
            throw new WorkItemRejected("The candidate is no longer in the firm", e);
        }
        transactions.executeWithoutResult(status -> exports.findByItemId(item.itemId())
                .filter(export -> export.getStatus() == ExportStatus.QUEUED)
                .ifPresent(export -> {
                    export.ready(cipher.seal(archive), archive.length, clock.instant());
                    exports.flush();
                }));
    }

    @Override
    public void failed(WorkItem item, String error) {
        exports.findByItemId(item.itemId()).filter(export -> export.getStatus() == ExportStatus.QUEUED)
                .ifPresent(export -> export.failed(error, clock.instant()));
    }
}
