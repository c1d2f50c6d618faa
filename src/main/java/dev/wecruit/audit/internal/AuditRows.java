package dev.wecruit.audit.internal;

import dev.wecruit.audit.AuditAction;
import dev.wecruit.audit.AuditEntry;
import dev.wecruit.audit.AuditQuery;
import dev.wecruit.shared.LikePattern;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of the audit log and the security events: inserts, and the firm's entries searched newest first. */
@Repository
public class AuditRows {

    private final JdbcTemplate jdbc;

    AuditRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertEntry(UUID tenantId, UUID id, Instant at, AuditAction action, UUID actorMemberId, String actor,
            String subject, String detail, String sourceAddress) {
        jdbc.update("""
                insert into audit_events (tenant_id, id, occurred_at, action, actor_member_id, actor, subject, detail,
                                          source_address)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                tenantId, id, Timestamp.from(at), action.name(), actorMemberId, actor, subject, detail, sourceAddress);
    }

    public void insertSecurityEvent(UUID id, Instant at, AuditAction action, String detail, String sourceAddress) {
        jdbc.update("""
                insert into security_events (id, occurred_at, action, detail, source_address)
                values (?, ?, ?, ?, ?)""", id, Timestamp.from(at), action.name(), detail, sourceAddress);
    }

    /** How many of the current firm's entries match. */
    public long count(AuditQuery query) {
        Where where = Where.of(query);
        return jdbc.queryForObject("select count(*) from audit_events" + where.sql(), Long.class,
                where.arguments().toArray());
    }

    /** One page of the current firm's matching entries, newest first. */
    public List<AuditEntry> entries(AuditQuery query, Pageable pageable) {
        Where where = Where.of(query);
        List<Object> arguments = new ArrayList<>(where.arguments());
        String limit = "";
        if (pageable.isPaged()) {
            limit = " limit ? offset ?";
            arguments.add(pageable.getPageSize());
            arguments.add(pageable.getOffset());
        }
        return jdbc.query("""
                select id, occurred_at, action, actor, subject, detail, source_address from audit_events"""
                + where.sql() + " order by occurred_at desc, id desc" + limit,
                (rs, row) -> new AuditEntry(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("actor"), rs.getString("subject"),
                        rs.getString("detail"), rs.getString("source_address")),
                arguments.toArray());
    }

    /** A query's conditions as SQL, and their arguments. */
    private record Where(String sql, List<Object> arguments) {

        static Where of(AuditQuery query) {
            List<Object> arguments = new ArrayList<>();
            StringBuilder where = new StringBuilder(" where true");
            if (!query.actions().isEmpty()) {
                where.append(" and action = any (cast(? as text[]))");
                arguments.add(query.actions().stream().map(Enum::name).toArray(String[]::new));
            }
            if (!query.text().isEmpty()) {
                where.append(" and (actor ilike ? escape '\\' or subject ilike ? escape '\\'"
                        + " or detail ilike ? escape '\\')");
                String pattern = LikePattern.containing(query.text());
                arguments.add(pattern);
                arguments.add(pattern);
                arguments.add(pattern);
            }
            if (query.from() != null) {
                where.append(" and occurred_at >= ?");
                arguments.add(Timestamp.from(query.from()));
            }
            if (query.until() != null) {
                where.append(" and occurred_at < ?");
                arguments.add(Timestamp.from(query.until()));
            }
            return new Where(where.toString(), arguments);
        }
    }
}
