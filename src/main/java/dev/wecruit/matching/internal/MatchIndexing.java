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

    private final MatchIndexQueue queue;
    private final MatchIndex index;
    private final CurrentTenant currentTenant;
    private final JdbcTemplate jdbc;

    MatchIndexing(MatchIndexQueue queue, MatchIndex index, CurrentTenant currentTenant, JdbcTemplate jdbc) {
        this.queue = queue;
        this.index = index;
        this.currentTenant = currentTenant;
        this.jdbc = jdbc;
    }

    public StartedWork reindexFirm() {
        return queue.reindexFirm(tenant());
    }

    public IndexState state() {
        return jdbc.queryForObject("""
                select count(*) filter (where not stale), count(*) filter (where stale)
                  from candidate_match_profiles where tenant_id = ?
                """, (row, n) -> new IndexState(row.getLong(1), row.getLong(2)), tenant());
    }

    /** Makes up to {@code limit} stale candidates and jobs of the current firm again, now, on this thread. */
    public int indexStaleNow(int limit) {
        return index.indexStale(limit);
    }

    private UUID tenant() {
        return currentTenant.currentTenantId().orElseThrow(() -> new IllegalStateException("Matching needs a firm"));
    }
}
