package dev.wecruit.privacy.internal;

import dev.wecruit.privacy.PersonalDataExportService;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import jakarta.annotation.PreDestroy;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes expired exports of every firm, on every node, each {@code wecruit.privacy.export.sweep-interval}. Two
 * nodes deleting the same rows is harmless, so no node needs to be chosen; a download after expiry is refused even
 * before the sweep.
 */
@Component
class ExportSweep {

    private static final Logger log = LoggerFactory.getLogger(ExportSweep.class);

    private final PersonalDataExportService service;
    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final ExportProperties properties;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("export-sweep").daemon().factory());

    ExportSweep(PersonalDataExportService service, OrganizationService organizations, CurrentTenant currentTenant,
            ExportProperties properties) {
        this.service = service;
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long every = properties.sweepInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    void sweep() {
        try {
            int deleted = 0;
            for (UUID firm : organizations.allFirmIds()) {
                deleted += currentTenant.callAs(firm, service::deleteExpired);
            }
            if (deleted > 0) {
                log.info("Deleted {} expired personal data exports", deleted);
            }
        } catch (RuntimeException e) {
            log.warn("Deleting expired personal data exports failed; trying again at the next sweep", e);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
