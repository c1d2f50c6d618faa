package dev.wecruit.candidates.internal;

import dev.wecruit.candidates.AccessChannel;
import dev.wecruit.candidates.AccessLogQuery;
import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.MemberPrincipal;
import dev.wecruit.tenancy.OrganizationService;
import dev.wecruit.tenancy.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

/**
 * Who may read candidates' contact details (emails, phones, address, LinkedIn, and the files that carry them), and
 * the record of who did: {@code candidate_access_log}, one row per candidate, day (in the firm's time zone),
 * channel and member or API key, counted up in one statement per batch (decision 0025). Members read contact details
 * whatever their role (a viewer reads everything recruiters see, decision 0012); of API keys only recruiter keys do,
 * because a key cannot be asked who is behind it and a viewer key is the read-only integration (a dashboard, a report)
 * that needs no one's phone number.
 */
@Repository
@EnableConfigurationProperties(AccessLogProperties.class)
public class CandidateAccessLog {

    /** A row as stored: who is a member or a key, named by id (members' names are looked up when shown). */
    public record Row(UUID candidateId, LocalDate day, AccessChannel channel, UUID memberId, UUID apiKeyId,
            String keyLabel, int times, Instant lastAt) {
    }

    private static final String COLUMNS = """
            select l.candidate_id, l.day, l.channel, l.accessor_kind, l.accessor_id, l.key_label, l.times, l.last_at
              from candidate_access_log l
            """;
    private static final String NEWEST_FIRST = " order by l.day desc, l.last_at desc, l.candidate_id, l.accessor_id,"
            + " l.channel";

    private final JdbcTemplate jdbc;
    private final CurrentTenant currentTenant;
    private final OrganizationService organizations;
    private final Clock clock;

    CandidateAccessLog(JdbcTemplate jdbc, CurrentTenant currentTenant, OrganizationService organizations,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentTenant = currentTenant;
        this.organizations = organizations;
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
     * Counts one sight of each candidate's contact details (a candidate twice in the batch, twice) for the current
     * member or API key today. Whatever the channel asked, an API key's is an API read: keys exist only there. Ids
     * that are not the firm's candidates are left out; system work that no member started records nothing, as
     * there is nobody to name.
     */
    public void record(Collection<UUID> candidateIds, AccessChannel channel) {
        Optional<MemberPrincipal> principal = currentTenant.currentMember();
        Optional<UUID> key = principal.flatMap(MemberPrincipal::apiKeyId);
        Optional<UUID> member = key.isPresent() ? Optional.empty() : currentTenant.currentMemberId();
        if (candidateIds.isEmpty() || key.isEmpty() && member.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate day = LocalDate.ofInstant(now, organizations.timeZone());
        // grouped first: one statement may not update the same row twice; joined, so only the firm's candidates
        jdbc.update("""
                insert into candidate_access_log (tenant_id, candidate_id, day, channel, accessor_kind, accessor_id,
                                                  key_label, times, last_at)
                select ?, t.id, ?, ?, ?, ?, ?, count(*), ?
                  from unnest(?::uuid[]) as t(id) join candidates c on c.id = t.id
                 group by t.id
                    on conflict (tenant_id, candidate_id, day, channel, accessor_id)
                    do update set times = candidate_access_log.times + excluded.times,
                                  last_at = greatest(candidate_access_log.last_at, excluded.last_at)
                """, currentTenant.currentTenantId().orElseThrow(), day,
                (key.isPresent() ? AccessChannel.API_READ : channel).name(), key.isPresent() ? "API_KEY" : "MEMBER",
                key.orElseGet(member::get), key.isPresent() ? principal.get().displayName() : null,
                Timestamp.from(now), candidateIds.toArray(UUID[]::new));
    }

    /** The candidate's rows, newest day first. */
    public List<Row> of(UUID candidateId) {
        return jdbc.query(COLUMNS + " where l.candidate_id = ?" + NEWEST_FIRST, CandidateAccessLog::row,
                candidateId);
    }

    /** A page of the rows the query finds, newest day first. */
    public List<Row> search(AccessLogQuery query, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = COLUMNS + where(query, args) + NEWEST_FIRST + " offset ? limit ?";
        args.add(offset);
        args.add(limit);
        return jdbc.query(sql, CandidateAccessLog::row, args.toArray());
    }

    /** How many rows the query finds, counted no further than {@code upTo}. */
    public long count(AccessLogQuery query, long upTo) {
        List<Object> args = new ArrayList<>();
        String sql = "select count(*) from (select 1 from candidate_access_log l" + where(query, args)
                + " limit ?) counted";
        args.add(upTo);
        Long counted = jdbc.queryForObject(sql, Long.class, args.toArray());
        return counted == null ? 0 : counted;
    }

    /** Deletes the firm's rows of days before {@code day}; how many. */
    public int deleteBefore(LocalDate day) {
        return jdbc.update("delete from candidate_access_log where day < ?", day);
    }

    private static String where(AccessLogQuery query, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        conditions.add("true");
        if (query.candidateId() != null) {
            conditions.add("l.candidate_id = ?");
            args.add(query.candidateId());
        }
        if (query.accessorId() != null) {
            conditions.add("l.accessor_id = ?");
            args.add(query.accessorId());
        }
        if (!query.channels().isEmpty()) {
            conditions.add("l.channel = any(?::text[])");
            args.add(query.channels().stream().map(Enum::name).toArray(String[]::new));
        }
        if (query.from() != null) {
            conditions.add("l.day >= ?");
            args.add(query.from());
        }
        if (query.until() != null) {
            conditions.add("l.day <= ?");
            args.add(query.until());
        }
        return " where " + String.join(" and ", conditions);
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        boolean key = "API_KEY".equals(rs.getString("accessor_kind"));
        UUID accessor = rs.getObject("accessor_id", UUID.class);
        return new Row(rs.getObject("candidate_id", UUID.class), rs.getObject("day", LocalDate.class),
                AccessChannel.valueOf(rs.getString("channel")), key ? null : accessor, key ? accessor : null,
                rs.getString("key_label"), rs.getInt("times"), rs.getTimestamp("last_at").toInstant());
    }
}
