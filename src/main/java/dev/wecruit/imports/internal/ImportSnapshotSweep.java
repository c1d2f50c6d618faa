package dev.wecruit.imports.internal;

import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.work.DailyWork;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, deletes the sealed snapshots of every import whose undo period is over (decision 0038): the rows read
 * from the file, which name people, and the values records had before the import updated them. The batch, its counts
 * and each row's outcome stay for the list; undo is refused from then on. Each firm is swept in its own transaction,
 * as the firm (row-level security applies as everywhere). Idempotent: a run done twice finds nothing left the second
 * time. A running import is left alone: its background work still reads its rows.
 */
@Component
public class ImportSnapshotSweep implements DailyWork {

    static final String NAME = "import-snapshot-sweep";
    private static final LocalTime RUNS_AT = LocalTime.of(3, 30);
    private static final Logger log = LoggerFactory.getLogger(ImportSnapshotSweep.class);

    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final ImportProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ImportSnapshotSweep(OrganizationService organizations, CurrentTenant currentTenant, ImportProperties properties,
            JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactionManager) {
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LocalTime runsAt() {
        return RUNS_AT;
    }

    @Override
    public void run(Instant scheduledFor) {
        int swept = 0;
        List<UUID> firms = organizations.allFirmIds();
        for (UUID firm : firms) {
            swept += currentTenant.callAs(firm, this::sweepCurrentFirm);
        }
        if (swept > 0) {
            log.info("Imports: deleted the snapshots of {} imports past their undo period", swept);
        }
    }

    /** Sweeps the current firm's imports past their undo period, now by the app's clock; how many were swept. */
    public int sweepCurrentFirm() {
        Instant now = clock.instant();
        Timestamp cutOff = Timestamp.from(now.minus(properties.undoPeriod()));
        Integer swept = transactions.execute(status -> {
            String due = "select id from import_batches where swept_at is null and status <> 'RUNNING'"
                    + " and created_at <= ?";
            jdbc.update("update import_batch_records set previous_enc = null where previous_enc is not null"
                    + " and batch_id in (" + due + ")", cutOff);
            jdbc.update("update import_batch_changes set previous_enc = null where previous_enc is not null"
                    + " and batch_id in (" + due + ")", cutOff);
            return jdbc.update("update import_batches set rows_enc = null, swept_at = ?, updated_at = ?"
                    + " where swept_at is null and status <> 'RUNNING' and created_at <= ?", Timestamp.from(now),
                    Timestamp.from(now), cutOff);
        });
        return swept == null ? 0 : swept;
    }
}
