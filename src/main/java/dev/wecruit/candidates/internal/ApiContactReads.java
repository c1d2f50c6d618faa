package dev.wecruit.candidates.internal;

import dev.wecruit.candidates.ApiContactRead;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

/**
 * Who may read candidates' contact details (emails, phones, address, LinkedIn, and the files that carry them) and
 * the record of what API keys read: one row per key, candidate and hour in {@code api_contact_reads}, counted up in
 * one statement per batch. Members read contact details whatever their role (a viewer reads everything recruiters
 * see, decision 0012); of API keys only recruiter keys do, because a key cannot be asked who is behind it and a
 * viewer key is the read-only integration (a dashboard, a report) that needs no one's phone number.
 */
@Repository
public class ApiContactReads {

    private final JdbcTemplate jdbc;
    private final CurrentTenant currentTenant;
    private final Clock clock;

    ApiContactReads(JdbcTemplate jdbc, CurrentTenant currentTenant, Clock clock) {
        this.jdbc = jdbc;
        this.currentTenant = currentTenant;
        this.clock = clock;
    }

    /** @throws AccessDeniedException for a viewer API key */
    public void requireMayRead() {
        Optional<MemberPrincipal> principal = currentTenant.currentMember();
        if (principal.flatMap(MemberPrincipal::apiKeyId).isPresent()
                && !principal.get().membership().role().includes(Role.RECRUITER)) {
            throw new AccessDeniedException("A viewer key reads no contact details; use a recruiter key");
        }
    }

    /**
     * Counts one read of each candidate's contact details (a candidate twice in the batch, twice) for the current
     * API key in the current hour; nothing for a member, whose reads are their firm's own work.
     */
    public void recordReads(Collection<UUID> candidateIds) {
        Optional<UUID> key = currentTenant.currentMember().flatMap(MemberPrincipal::apiKeyId);
        if (key.isEmpty() || candidateIds.isEmpty()) {
            return;
        }
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        // grouped first: one statement may not update the same row twice
        jdbc.update("""
                insert into api_contact_reads (tenant_id, key_id, candidate_id, hour, reads)
                select ?, ?, t.id, ?, count(*) from unnest(?::uuid[]) as t(id) group by t.id
                    on conflict (tenant_id, key_id, candidate_id, hour)
                    do update set reads = api_contact_reads.reads + excluded.reads
                """, currentTenant.currentTenantId().orElseThrow(), key.get(), Timestamp.from(hour),
                candidateIds.toArray(UUID[]::new));
    }

    /** The candidate's roll-up, newest hour first. */
    public List<ApiContactRead> of(UUID candidateId) {
        return jdbc.query("""
                select key_id, hour, reads from api_contact_reads where candidate_id = ?
                 order by hour desc, key_id
                """, (rs, row) -> new ApiContactRead(rs.getObject("key_id", UUID.class),
                rs.getTimestamp("hour").toInstant(), rs.getInt("reads")), candidateId);
    }
}
