package dev.wecruit.privacy.internal;

import dev.wecruit.privacy.RetentionRule;
import dev.wecruit.privacy.RetentionRunReport;
import dev.wecruit.privacy.internal.RetentionPlanner.Notice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The privacy feature's retention tables, on the transaction's connection (row-level security applies). */
@Repository
public class RetentionStore {

    /** The rest of a firm's rules as stored; no row: the defaults. */
    public record StoredRules(Integer rejectedMonths, int noticeDays) {
    }

    /** The day an admin kept a candidate until, and why. */
    public record Extension(LocalDate until, String reason) {
    }

    private final JdbcTemplate jdbc;

    RetentionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredRules> rules() {
        return jdbc.query("select rejected_months, notice_days from retention_rules",
                (rs, n) -> new StoredRules(rs.getObject(1, Integer.class), rs.getInt(2))).stream().findFirst();
    }

    public void saveRules(UUID tenantId, Integer rejectedMonths, int noticeDays, Instant at, UUID by) {
        jdbc.update("""
                insert into retention_rules (tenant_id, rejected_months, notice_days, updated_at, updated_by)
                values (?, ?, ?, ?, ?)
                on conflict (tenant_id) do update set rejected_months = excluded.rejected_months,
                    notice_days = excluded.notice_days, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by
                """, tenantId, rejectedMonths, noticeDays, Timestamp.from(at), by);
    }

    public Map<UUID, Notice> notices() {
        Map<UUID, Notice> notices = new LinkedHashMap<>();
        jdbc.query("select candidate_id, noticed_on, due_on, rule from retention_notices order by due_on, candidate_id",
                rs -> {
                    Notice notice = notice(rs);
                    notices.put(notice.candidateId(), notice);
                });
        return notices;
    }

    public List<Notice> notices(int offset, int limit) {
        return jdbc.query("""
                select candidate_id, noticed_on, due_on, rule from retention_notices
                 order by due_on, candidate_id offset ? limit ?
                """, (rs, n) -> notice(rs), offset, limit);
    }

    public long noticeCount() {
        return jdbc.queryForObject("select count(*) from retention_notices", Long.class);
    }

    public long noticesDueBy(LocalDate day) {
        return jdbc.queryForObject("select count(*) from retention_notices where due_on <= ?", Long.class, day);
    }

    public Optional<Notice> notice(UUID candidateId) {
        return jdbc.query("select candidate_id, noticed_on, due_on, rule from retention_notices where candidate_id = ?",
                (rs, n) -> notice(rs), candidateId).stream().findFirst();
    }

    /** Stores the notices, new or with a new due day, in one statement. */
    public void saveNotices(UUID tenantId, Collection<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into retention_notices (tenant_id, candidate_id, noticed_on, due_on, rule)
                select ?, unnest(?::uuid[]), unnest(?::date[]), unnest(?::date[]), unnest(?::text[])
                on conflict (tenant_id, candidate_id) do update set due_on = excluded.due_on, rule = excluded.rule
                """, tenantId, notices.stream().map(Notice::candidateId).toArray(UUID[]::new),
                notices.stream().map(notice -> java.sql.Date.valueOf(notice.noticedOn())).toArray(java.sql.Date[]::new),
                notices.stream().map(notice -> java.sql.Date.valueOf(notice.dueOn())).toArray(java.sql.Date[]::new),
                notices.stream().map(notice -> notice.rule().name()).toArray(String[]::new));
    }

    public int withdraw(Collection<UUID> candidateIds) {
        return candidateIds.isEmpty() ? 0 : jdbc.update("delete from retention_notices where candidate_id = any (?)",
                (Object) candidateIds.toArray(UUID[]::new));
    }

    public Map<UUID, LocalDate> extensions() {
        Map<UUID, LocalDate> extensions = new LinkedHashMap<>();
        jdbc.query("select candidate_id, until from retention_extensions",
                rs -> { extensions.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)); });
        return extensions;
    }

    public Optional<Extension> extension(UUID candidateId) {
        return jdbc.query("select until, reason from retention_extensions where candidate_id = ?",
                (rs, n) -> new Extension(rs.getObject(1, LocalDate.class), rs.getString(2)), candidateId).stream()
                .findFirst();
    }

    public void extend(UUID tenantId, UUID candidateId, LocalDate until, String reason, UUID by, Instant at) {
        jdbc.update("""
                insert into retention_extensions (tenant_id, candidate_id, until, reason, extended_by, extended_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, candidate_id) do update set until = excluded.until, reason = excluded.reason,
                    extended_by = excluded.extended_by, extended_at = excluded.extended_at
                """, tenantId, candidateId, until, reason, by, Timestamp.from(at));
    }

    /** Claims the firm's run for a day; false when it was claimed before (a run done twice starts the work once). */
    public boolean claimRun(UUID tenantId, LocalDate day, Instant at) {
        return jdbc.update("""
                insert into retention_runs (tenant_id, run_on, started_at) values (?, ?, ?)
                on conflict (tenant_id, run_on) do nothing
                """, tenantId, day, Timestamp.from(at)) == 1;
    }

    public void runStarted(LocalDate day, UUID workId) {
        jdbc.update("update retention_runs set work_id = ? where run_on = ?", workId, day);
    }

    public Optional<LocalDate> dayOfWork(UUID workId) {
        return jdbc.queryForList("select run_on from retention_runs where work_id = ?", LocalDate.class, workId)
                .stream().findFirst();
    }

    /** Adds to a run's counts; a resumed run adds what it does on top of what the cut-off one did. */
    public void count(LocalDate day, int noticed, int withdrawn, int anonymised) {
        jdbc.update("""
                update retention_runs set noticed = noticed + ?, withdrawn = withdrawn + ?,
                    anonymised = anonymised + ? where run_on = ?
                """, noticed, withdrawn, anonymised, day);
    }

    public void runFinished(LocalDate day, Instant at) {
        jdbc.update("update retention_runs set finished_at = ? where run_on = ?", Timestamp.from(at), day);
    }

    public Optional<RetentionRunReport> lastRun() {
        return jdbc.query("""
                select run_on, started_at, finished_at, noticed, withdrawn, anonymised from retention_runs
                 order by run_on desc limit 1
                """, (rs, n) -> report(rs)).stream().findFirst();
    }

    public Optional<RetentionRunReport> run(LocalDate day) {
        return jdbc.query("""
                select run_on, started_at, finished_at, noticed, withdrawn, anonymised from retention_runs
                 where run_on = ?
                """, (rs, n) -> report(rs), day).stream().findFirst();
    }

    private static RetentionRunReport report(ResultSet rs) throws SQLException {
        return new RetentionRunReport(rs.getObject(1, LocalDate.class), rs.getTimestamp(2).toInstant(),
                rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getInt(5),
                rs.getInt(6));
    }

    private static Notice notice(ResultSet rs) throws SQLException {
        return new Notice(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class), RetentionRule.valueOf(rs.getString(4)));
    }
}
