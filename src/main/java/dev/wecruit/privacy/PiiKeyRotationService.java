package dev.wecruit.privacy;

import dev.wecruit.platform.crypto.CryptoProperties;
import dev.wecruit.platform.crypto.KeyRotation;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.crypto.SealedColumns;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every sealed value to the active key version, firm by firm, table by table, in small transactions, while
 * the app keeps serving: rows being edited are skipped and picked up by the next run, and nothing a user sees
 * changes. To rotate: add a new key version and make it active on every node, restart them; each node runs this in
 * the background after startup and ends with a line saying whether any value is still under an older key (see the
 * README, "Keys for personal data"). Safe to run on several nodes at once.
 */
@Service
public class PiiKeyRotationService {

    private static final Logger log = LoggerFactory.getLogger(PiiKeyRotationService.class);

    /** CV files are up to megabytes each: re-seal them in much smaller batches than text. */
    static final int BINARY_BATCH_DIVISOR = 50;

    private final KeyRotation rotation;
    private final PiiCipher cipher;
    private final OrganizationService organizations;
    private final CurrentTenant currentTenant;
    private final TransactionTemplate transactions;
    private final CryptoProperties.Rotation settings;
    private final AtomicBoolean running = new AtomicBoolean();

    PiiKeyRotationService(KeyRotation rotation, PiiCipher cipher, OrganizationService organizations,
            CurrentTenant currentTenant, PlatformTransactionManager transactionManager, CryptoProperties properties) {
        this.rotation = rotation;
        this.cipher = cipher;
        this.organizations = organizations;
        this.currentTenant = currentTenant;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = properties.rotation();
    }

    /** Re-seals every value under another key, in every firm, then counts what is left. Returns when done. */
    public KeyRotationReport rotateAll() {
        long started = System.nanoTime();
        List<UUID> firms = organizations.allFirmIds();
        long rows = 0;
        long remaining = 0;
        for (UUID firm : firms) {
            rows += rotateFirm(firm);
            remaining += valuesUnderOtherKeys(firm);
        }
        var report = new KeyRotationReport(firms.size(), rows, remaining, cipher.activeKeyVersion(),
                Duration.ofNanos(System.nanoTime() - started));
        if (rows > 0 || remaining > 0) {
            log.info("Re-sealed {} rows in {} firms under key version {} in {} ms", rows, report.firms(),
                    report.activeKeyVersion(), report.took().toMillis());
        }
        if (remaining > 0) {
            log.warn("{} values are still under other key versions (unreadable ones are logged above; locked ones are"
                    + " done on the next start): keep the old keys", remaining);
        } else if (rows > 0) {
            log.info("Every sealed value is under key version {}: older key versions are no longer needed once every"
                    + " node runs with this active version", report.activeKeyVersion());
        }
        return report;
    }

    /**
     * Re-seals every value of one firm under another key. System work: never call it with a firm id from a user.
     *
     * @return rows re-sealed
     */
    public long rotateFirm(UUID firm) {
        return currentTenant.callAs(firm, () -> {
            long rows = 0;
            for (SealedColumns table : rotation.tables()) {
                int batchSize = table.byteColumns().isEmpty() ? settings.batchSize()
                        : Math.max(1, settings.batchSize() / BINARY_BATCH_DIVISOR);
                List<UUID> unreadable = new ArrayList<>();
                KeyRotation.Batch batch;
                do {
                    batch = transactions.execute(status -> rotation.rotateBatch(table, batchSize, unreadable));
                    rows += batch.resealed();
                    unreadable.addAll(batch.unreadable());
                } while (batch.resealed() > 0 || !batch.unreadable().isEmpty());
            }
            return rows;
        });
    }

    /** For each sealed column of one firm, how many values each key version holds (-1: not a version label). */
    public Map<String, Map<Integer, Long>> keyVersionCounts(UUID firm) {
        return currentTenant.callAs(firm, () -> transactions.execute(status -> rotation.keyVersionCounts()));
    }

    private long valuesUnderOtherKeys(UUID firm) {
        return keyVersionCounts(firm).values().stream().flatMap(counts -> counts.entrySet().stream())
                .filter(entry -> entry.getKey() != cipher.activeKeyVersion()).mapToLong(Map.Entry::getValue).sum();
    }

    @EventListener(ApplicationReadyEvent.class)
    void rotateInBackgroundAfterStartup() {
        if (!settings.onStartup()) {
            return;
        }
        Thread.ofVirtual().name("pii-key-rotation").start(() -> {
            if (!running.compareAndSet(false, true)) {
                return;
            }
            try {
                rotateAll();
            } catch (RuntimeException e) {
                log.error("Re-sealing under the active key stopped; it resumes on the next start", e);
            } finally {
                running.set(false);
            }
        });
    }
}
