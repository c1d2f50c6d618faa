package dev.wecruit.privacy.internal;

import dev.wecruit.privacy.RetentionService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.work.BackgroundWork;
import dev.wecruit.work.DailyWork;
import dev.wecruit.work.NewItem;
import dev.wecruit.work.WorkHandler;
import dev.wecruit.work.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily retention run (decision 0027): once a day, on one node of all, it fans out one item of background work
 * per firm, each claimed first in {@code retention_runs} so that a daily run done twice (revived after its node died)
 * starts each firm's work once. The firm's item runs {@link RetentionService#run} for the firm's own date; it is
 * retried and resumed like any item, and a resumed run does only what the cut-off one left.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionSchedule implements DailyWork, WorkHandler {

    static final String KIND = "privacy-retention";

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final BackgroundWork work;
    private final RetentionStore store;
    private final RetentionService retention;
    private final RetentionProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    // the scheduler is built with every daily work and handler, and BackgroundWork queues on the scheduler: resolved
    // on first use, so the two can exist
    RetentionSchedule(OrganizationService organizations, CurrentTenant currentTenant, @Lazy BackgroundWork work,
            RetentionStore store, RetentionService retention, RetentionProperties properties, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.work = work;
        this.store = store;
        this.retention = retention;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public LocalTime runsAt() {
        return properties.runsAt();
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Starts each firm's run for its own date; a firm whose run for that date was started already is skipped. */
    @Override
    public void run(Instant scheduledFor) {
        int started = 0;
        List<UUID> firms = organizations.allFirmIds();
        for (UUID firm : firms) {
            started += currentTenant.callAs(firm, () -> startRun(firm)) ? 1 : 0;
        }
        log.info("Retention: started the run of {} of {} firms", started, firms.size());
    }

    /** Claims the firm's run for its date and queues its item, in one transaction, as the firm. */
    boolean startRun(UUID firm) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            LocalDate day = LocalDate.now(clock.withZone(organizations.timeZone()));
            if (!store.claimRun(firm, day, clock.instant())) {
                return false;
            }
            UUID workId = work.start(KIND, "Retention run of " + day, List.of(NewItem.of("Retention rules")))
                    .workId();
            store.runStarted(day, workId);
            return true;
        }));
    }

    @Override
    public void process(WorkItem item) {
        LocalDate day = transactions.execute(status -> store.dayOfWork(item.workId()))
                .orElseThrow(() -> new IllegalStateException("No retention run for work " + item.workId()));
        retention.run(day);
    }
}
