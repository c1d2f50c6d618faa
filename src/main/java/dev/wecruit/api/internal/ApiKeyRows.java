package dev.wecruit.api.internal;

import dev.wecruit.api.ApiKeySummary;
import dev.wecruit.tenancy.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The SQL of API keys: the firm's keys under row-level security, and the one lookup by hash before any firm. */
@Repository
public class ApiKeyRows {

    private static final String COLUMNS = "id, name, role, prefix, created_at, expires_at, revoked_at, last_used_at";
    private static final RowMapper<ApiKeySummary> SUMMARY = (rs, row) -> new ApiKeySummary(
            rs.getObject("id", UUID.class), rs.getString("name"), Role.valueOf(rs.getString("role")),
            rs.getString("prefix"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
            instant(rs.getTimestamp("last_used_at")));

    /** A key found by its hash, with its firm: what authenticating a request needs. */
    public record KeyByHash(UUID keyId, UUID tenantId, String organizationName, String name, Role role,
            Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }

    private final JdbcTemplate jdbc;

    ApiKeyRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The current firm's keys, newest first. */
    public List<ApiKeySummary> all() {
        return jdbc.query("select " + COLUMNS + " from api_keys order by created_at desc, id", SUMMARY);
    }

    public void insert(UUID tenantId, ApiKeySummary key, byte[] secretHash, UUID createdBy) {
        jdbc.update("""
                insert into api_keys (tenant_id, id, name, role, prefix, secret_hash, created_at, created_by,
                                      expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", tenantId, key.id(), key.name(), key.role().name(),
                key.prefix(), secretHash, Timestamp.from(key.createdAt()), createdBy,
                Timestamp.from(key.expiresAt()));
    }

    /** The key, its row locked until the transaction ends. */
    public Optional<ApiKeySummary> lock(UUID keyId) {
        return jdbc.query("select " + COLUMNS + " from api_keys where id = ? for update", SUMMARY, keyId).stream()
                .findFirst();
    }

    public void revoke(UUID keyId, Instant at, UUID by) {
        jdbc.update("update api_keys set revoked_at = ?, revoked_by = ? where id = ?", Timestamp.from(at), by, keyId);
    }

    /** Any firm's key with this hash, through a narrow SECURITY DEFINER function: no firm is known yet. */
    public Optional<KeyByHash> byHash(byte[] secretHash) {
        return jdbc.query("""
                select key_id, tenant_id, organization_name, name, role, expires_at, revoked_at, last_used_at
                  from api_key_by_hash(?)""",
                (rs, row) -> new KeyByHash(rs.getObject("key_id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getString("organization_name"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                        rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
                        instant(rs.getTimestamp("last_used_at"))), (Object) secretHash).stream().findFirst();
    }

    public void used(UUID keyId, Instant at) {
        jdbc.update("update api_keys set last_used_at = ? where id = ?", Timestamp.from(at), keyId);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
