package dev.wecruit.privacy;

import dev.wecruit.platform.crypto.CryptoProperties;
import dev.wecruit.platform.crypto.KeyRotation;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.crypto.SealedColumns;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every sealed value to the active key version, firm by firm, table by table, in small transactions, while
 * the app keeps serving: rows being edited are skipped and picked up by the next batch, and nothing a user sees
 * changes. To rotate: add a new key version, make it active, restart; the run starts in the background after
 * startup and logs its progress (see the README, "Keys for personal data"). Safe to run on several nodes at once.
 */
@Service
public class PiiKeyRotationService {

    private static final Logger log = LoggerFactory.getLogger(PiiKeyRotationService.class);

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
        this.settings = properties.rotation();
    }

    /** Re-seals every value under an older key, in every firm. Returns when done. */
    public KeyRotationReport rotateAll() {
        long started = System.nanoTime();
        long rows = 0;
        var firms = organizations.allFirmIds();
        for (UUID firm : firms) {
            rows += currentTenant.callAs(firm, this::rotateCurrentFirm);
        }
        var report = new KeyRotationReport(firms.size(), rows, cipher.activeKeyVersion(),
                Duration.ofNanos(System.nanoTime() - started));
        if (rows > 0) {
            log.info("Re-sealed {} rows in {} firms under key version {} in {} ms", rows, report.firms(),
                    report.activeKeyVersion(), report.took().toMillis());
        }
        return report;
    }

    /** For each sealed column of the current firm, how many values each key version holds. */
    public Map<String, Map<Integer, Long>> keyVersionCounts() {
        return transactions.execute(status -> rotation.keyVersionCounts());
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

    private long rotateCurrentFirm() {
        long rows = 0;
        for (SealedColumns table : rotation.tables()) {
            int batch;
            do {
                batch = transactions.execute(status -> rotation.rotateBatch(table, settings.batchSize()));
                rows += batch;
            } while (batch > 0);
        }
        return rows;
    }
}
