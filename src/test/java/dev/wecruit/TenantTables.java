package dev.wecruit;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database's tables as the schema test and the isolation suite see them. */
public final class TenantTables {

    /** Tables without a firm: they hold nothing any firm owns. */
    public static final Set<String> GLOBAL_TABLES = Set.of(
            "flyway_schema_history", // Flyway's own
            "accounts",              // sign-in identities, like Clerk users; firm data is in members
            "sign_in_throttle",      // failed sign-ins per hashed email, before any firm is known
            "security_events",       // rejected tokens and webhooks, unknown emails: before any firm is known
            "clerk_webhook_messages", // Svix ids of applied Clerk webhooks; organization.created precedes its firm
            "scheduled_tasks");      // the queue of background work, polled by every node for every firm: ids only

    /** Tables the app may add to and read, never change: the audit log. */
    public static final Set<String> APPEND_ONLY_TABLES = Set.of("audit_events", "security_events");

    /**
     * Every ordinary or partitioned table in every schema, except PostgreSQL's own, those that belong to an
     * extension (TimescaleDB's catalog), and TimescaleDB's chunks, which are the storage of a hypertable listed here.
     */
    public static List<String> allTables(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select case when n.nspname = 'public' then c.relname else n.nspname || '.' || c.relname end
                  from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'p')
                   and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
                   and not exists (select 1 from pg_depend d
                                    where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
                   and not exists (select 1 from pg_inherits i
                                    join pg_class parent on parent.oid = i.inhparent
                                   where i.inhrelid = c.oid and n.nspname like '\\_timescaledb%')
                 order by 1
                """, String.class);
    }

    /** Every table that holds a firm's data. */
    public static List<String> tenantTables(JdbcTemplate jdbc) {
        return allTables(jdbc).stream().filter(table -> !GLOBAL_TABLES.contains(table)).toList();
    }

    private TenantTables() {
    }
}
