package dev.wecruit.duplicates.internal;

import dev.wecruit.duplicates.CandidateMergeService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.work.DailyWork;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one node of all (decision 0016), makes final the merges whose period to undo them is over: firm by
 * firm, as the firm, the retired candidates are deleted for good with their snapshots. Idempotent: a run done twice
 * finds nothing left the second time. A firm's merges go in bounded transactions, so a large backlog never holds one
 * open for long.
 */
@Component
class MergeSweep implements DailyWork {

    static final String NAME = "duplicates-merge-sweep";
    private static final int PER_TRANSACTION = 100;

    private static final Logger log = LoggerFactory.getLogger(MergeSweep.class);

    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final CandidateMergeService merges;
    private final MergeProperties properties;

    MergeSweep(OrganizationService organizations, CurrentTenant currentTenant, @Lazy CandidateMergeService merges,
            MergeProperties properties) {
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.merges = merges;
        this.properties = properties;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LocalTime runsAt() {
        return properties.sweepAt();
    }

    @Override
    public void run(Instant scheduledFor) {
        int swept = 0;
        List<UUID> firms = organizations.allFirmIds();
        for (UUID firm : firms) {
            swept += currentTenant.callAs(firm, this::sweepFirm);
        }
        log.info("Merges: made {} final across {} firms", swept, firms.size());
    }

    /** Sweeps the current firm; what the daily run does for each firm. */
    int sweepFirm() {
        int total = 0;
        int swept;
        do {
            swept = merges.sweepFinal(PER_TRANSACTION);
            total += swept;
        } while (swept == PER_TRANSACTION);
        return total;
    }
}
