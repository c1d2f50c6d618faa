package dev.wecruit.duplicates.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The pairs members said are not the same person ({@code duplicate_dismissals}), always lower id first. */
@Component
public class DismissedPairs {

    /** A pair, lower id first. */
    public record Pair(UUID first, UUID second) {

        public static Pair of(UUID a, UUID b) {
            return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    private final JdbcTemplate jdbc;

    DismissedPairs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the pair was not dismissed before */
    public boolean add(UUID tenantId, Pair pair, UUID by, Instant at) {
        return jdbc.update("""
                insert into duplicate_dismissals (tenant_id, first_id, second_id, dismissed_by, dismissed_at)
                values (?, ?, ?, ?, ?)
                on conflict do nothing
                """, tenantId, pair.first(), pair.second(), by, java.sql.Timestamp.from(at)) == 1;
    }

    /** Which of the pairs were dismissed, in one statement. */
    public Set<Pair> among(Collection<Pair> pairs) {
        if (pairs.isEmpty()) {
            return Set.of();
        }
        List<Pair> found = jdbc.query("""
                select d.first_id, d.second_id
                  from unnest(cast(? as uuid[]), cast(? as uuid[])) as p(first_id, second_id)
                  join duplicate_dismissals d on d.first_id = p.first_id and d.second_id = p.second_id
                """, (rs, n) -> new Pair(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                pairs.stream().map(Pair::first).toArray(UUID[]::new),
                pairs.stream().map(Pair::second).toArray(UUID[]::new));
        return new HashSet<>(found);
    }
}
