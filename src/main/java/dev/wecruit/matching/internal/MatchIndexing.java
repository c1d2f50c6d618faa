package dev.wecruit.matching.internal;

import dev.wecruit.matching.IndexState;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.work.StartedWork;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What {@code MatchingService} asks of the index: re-index the firm, and how far it is. */
@Component
public class MatchIndexing {

    private final MatchIndexHandler handler;
    private final CurrentTenant currentTenant;
    private final JdbcTemplate jdbc;

    MatchIndexing(MatchIndexHandler handler, CurrentTenant currentTenant, JdbcTemplate jdbc) {
        this.handler = handler;
        this.currentTenant = currentTenant;
        this.jdbc = jdbc;
    }

    public StartedWork reindexFirm() {
        return handler.reindexFirm(tenant());
    }

    public IndexState state() {
        return jdbc.queryForObject("""
                select count(*) filter (where not stale), count(*) filter (where stale)
                  from candidate_match_profiles where tenant_id = ?
                """, (row, n) -> new IndexState(row.getLong(1), row.getLong(2)), tenant());
    }

    /** Makes up to {@code limit} stale candidates and jobs of the current firm again, now, on this thread. */
    public int indexStaleNow(int limit) {
        return handler.indexNow(limit);
    }

    private UUID tenant() {
        return currentTenant.currentTenantId().orElseThrow(() -> new IllegalStateException("Matching needs a firm"));
    }
}
