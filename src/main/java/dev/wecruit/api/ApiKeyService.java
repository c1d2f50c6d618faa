package dev.wecruit.api;

import dev.wecruit.platform.persistence.Ids;
import dev.wecruit.api.internal.ApiKeyRows;
import dev.wecruit.api.internal.ApiKeyRows.KeyByHash;
import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditLog;
import dev.wecruit.shared.FieldErrors;
import dev.wecruit.shared.RecordNotFoundException;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Membership;
import dev.wecruit.tenancy.RequiresRole;
import dev.wecruit.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The firm's API keys. A key is {@code wk_} and 43 characters of randomness (256 bits), shown once at creation;
 * the database keeps its SHA-256, which is enough for a random key of that length (a slow password hash protects
 * guessable passwords, not this), and lets a request find its key with one indexed lookup (decision 0014).
 */
@Service
public class ApiKeyService {

    public static final String PREFIX = "wk_";
    /** Keys live at most this long: integrations get new ones, leaked ones die. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(730);
    /** A key's use is audited at most this often. */
    static final Duration USE_AUDIT_INTERVAL = Duration.ofHours(1);
    /** {@code last_used_at} is kept to the minute. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiKeyRows rows;
    private final CurrentTenant currentTenant;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final OrganizationService organizations;
    private final SecureRandom random = new SecureRandom();

    ApiKeyService(ApiKeyRows rows, CurrentTenant currentTenant, AuditLog audit, TransactionTemplate transactions,
            Clock clock, OrganizationService organizations) {
        this.rows = rows;
        this.organizations = organizations;
        this.transactions = transactions;
        this.currentTenant = currentTenant;
        this.audit = audit;
        this.clock = clock;
    }

    /** The firm's keys, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    @RequiresRole(Role.ADMIN)
    public List<ApiKeySummary> keys() {
        return rows.all();
    }

    /**
     * Creates a key that acts for the firm with this role until the end of {@code lastDay} in the firm's time zone.
     *
     * @throws dev.wecruit.shared.InvalidInputException under {@code name}, {@code role} or {@code lastDay}
     */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public CreatedApiKey create(String name, Role role, LocalDate lastDay) {
        Instant now = clock.instant();
        var errors = new FieldErrors();
        if (name == null || name.isBlank()) {
            errors.reject("name", "Name the key after the integration that will use it");
        } else if (name.strip().length() > 100) {
            errors.reject("name", "At most 100 characters");
        }
        if (role == null) {
            errors.reject("role", "Choose what the key may do");
        } else if (role == Role.ADMIN) {
            // a key outlives its creator's role and cannot be asked who it is: administration stays with people
            errors.reject("role", "A key can be a recruiter or a viewer; members and settings are for admins "
                    + "signed in");
        }
        // the last day is the firm's: the key stops working at the end of that day in the firm's zone
        Instant expiresAt = lastDay == null ? null
                : lastDay.plusDays(1).atStartOfDay(organizations.timeZone()).toInstant();
        if (expiresAt == null) {
            errors.reject("lastDay", "Choose the last day the key works");
        } else if (!expiresAt.isAfter(now)) {
            errors.reject("lastDay", "Choose a day from today on");
        } else if (expiresAt.isAfter(now.plus(MAX_LIFETIME).plus(Duration.ofDays(1)))) {
            errors.reject("lastDay", "At most two years from now");
        }
        errors.throwIfAny();

        byte[] randomness = new byte[32];
        random.nextBytes(randomness);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomness);
        String prefix = secret.substring(0, 11);
        UUID id = Ids.next();
        UUID tenantId = currentTenant.currentTenantId().orElseThrow();
        var key = new ApiKeySummary(id, name.strip(), role, prefix, now, expiresAt, null, null);
        rows.insert(tenantId, key, hash(secret), currentTenant.currentMemberId().orElse(null));
        audit.record(AuditAction.API_KEY_CREATED, "\"" + name.strip() + "\" (" + prefix + "…)",
                role.label() + ", until " + lastDay);
        return new CreatedApiKey(key, secret);
    }

    /** Revokes a key: requests with it are refused from now on. Revoking a revoked key changes nothing. */
    @Transactional
    @RequiresRole(Role.ADMIN)
    public void revoke(UUID keyId) {
        ApiKeySummary key = rows.lock(keyId).orElseThrow(() -> new RecordNotFoundException("API key", keyId));
        if (key.revokedAt() != null) {
            return;
        }
        rows.revoke(keyId, clock.instant(), currentTenant.currentMemberId().orElse(null));
        audit.record(AuditAction.API_KEY_REVOKED, "\"" + key.name() + "\" (" + key.prefix() + "…)", null);
    }

    /**
     * The principal a request with this key acts as, if the key exists, is not revoked and has not expired. Every
     * refusal is a security event; a use is audited in the key's firm at most once an hour.
     */
    public Optional<ApiKeyPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            audit.recordSecurityEvent(AuditAction.API_KEY_REJECTED, "Not a Wecruit API key");
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<KeyByHash> found = rows.byHash(hash(presented));
        if (found.isEmpty() || found.get().revokedAt() != null || !now.isBefore(found.get().expiresAt())) {
            audit.recordSecurityEvent(AuditAction.API_KEY_REJECTED, found.isEmpty() ? "Unknown key"
                    : found.get().revokedAt() != null ? "Revoked key " + found.get().keyId()
                    : "Expired key " + found.get().keyId());
            return Optional.empty();
        }
        KeyByHash key = found.get();
        // a busy integration calls many times a second: its key's row is written at most once a minute
        if (key.lastUsedAt() == null || key.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            currentTenant.runAs(key.tenantId(), () -> transactions.executeWithoutResult(status ->
                    recordUse(key.keyId(), key.name(), key.lastUsedAt(), now)));
        }
        return Optional.of(new ApiKeyPrincipal(key.keyId(), key.name(),
                new Membership(null, key.tenantId(), key.organizationName(), key.role())));
    }

    private void recordUse(UUID keyId, String name, Instant lastUsedAt, Instant now) {
        rows.used(keyId, now);
        if (lastUsedAt == null || lastUsedAt.plus(USE_AUDIT_INTERVAL).isBefore(now)) {
            audit.recordAs("API key \"" + name + "\"", null, AuditAction.API_KEY_USED, null,
                    lastUsedAt == null ? "First use" : null);
        }
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
