package dev.wecruit.work.internal;

import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.work.NewItem;
import dev.wecruit.work.WorkItemSummary;
import dev.wecruit.work.WorkProgressed;
import dev.wecruit.work.WorkStatus;
import dev.wecruit.work.WorkSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The firm's record of its background work, in {@code background_work} and {@code background_work_items}. Every
 * statement runs in the caller's transaction, under the firm's row-level security; counts move in one statement each,
 * so two nodes finishing items of one piece of work at once never lose a count.
 */
@Repository
public class WorkRecords {

    /** An item as its runner needs it. */
    public record ClaimedItem(UUID workId, String kind, UUID startedBy, int position, int attempts) {
    }

    private static final String WORK = """
            select id, kind, title, started_by, status, total, done, failed, summary, created_at, finished_at
              from background_work""";

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;

    WorkRecords(JdbcTemplate jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A new piece of work; items rejected before they run count as failed from the start. */
    public void insertWork(UUID tenantId, UUID workId, String kind, String title, UUID startedBy,
            List<NewItem> items) {
        int rejected = (int) items.stream().filter(item -> item.rejectedBecause() != null).count();
        WorkStatus status = rejected < items.size() ? WorkStatus.QUEUED
                : rejected == 0 ? WorkStatus.DONE : WorkStatus.FAILED;
        jdbc.update("""
                insert into background_work (tenant_id, id, kind, title, started_by, status, total, failed,
                                             created_at, updated_at, finished_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, now(), now(), case when ? then now() end)""",
                tenantId, workId, kind, title, startedBy, status.name(), items.size(), rejected, status.finished());
    }

    public void insertItems(UUID tenantId, UUID workId, List<UUID> itemIds, List<NewItem> items) {
        List<Object[]> rows = new ArrayList<>(itemIds.size());
        for (int i = 0; i < itemIds.size(); i++) {
            NewItem item = items.get(i);
            boolean rejected = item.rejectedBecause() != null;
            rows.add(new Object[] {tenantId, itemIds.get(i), workId, i, cipher.seal(item.label()).value(),
                    rejected ? "FAILED" : "QUEUED", rejected ? truncate(item.rejectedBecause()) : null, rejected});
        }
        jdbc.batchUpdate("""
                insert into background_work_items (tenant_id, id, work_id, position, label_enc, status, error,
                                                   finished_at)
                values (?, ?, ?, ?, ?, ?, ?, case when ? then now() end)""", rows);
    }

    /**
     * Marks the item running and counts the attempt; empty when it is already done or failed for good (it ran to
     * its end on another node, or twice from the queue), so the runner does nothing.
     */
    public Optional<ClaimedItem> claim(UUID itemId) {
        List<ClaimedItem> claimed = jdbc.query("""
                with item as (
                    update background_work_items set status = 'RUNNING', attempts = attempts + 1, started_at = now()
                     where id = ? and status in ('QUEUED', 'RUNNING')
                    returning work_id, position, attempts),
                work as (
                    update background_work w set status = 'RUNNING', updated_at = now()
                      from item where w.id = item.work_id and w.status = 'QUEUED')
                select item.work_id, w.kind, w.started_by, item.position, item.attempts
                  from item join background_work w on w.id = item.work_id""",
                (rs, row) -> new ClaimedItem(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getInt(4), rs.getInt(5)), itemId);
        return claimed.stream().findFirst();
    }

    /**
     * Ends the item, done or failed, and counts it in its work, which finishes with its last item. Empty when the
     * item had already ended (a second run of it), so nothing is counted twice.
     */
    public Optional<WorkProgressed> finish(UUID tenantId, UUID itemId, boolean succeeded, String error) {
        List<WorkProgressed> progressed = jdbc.query("""
                with item as (
                    update background_work_items set status = ?, error = ?, finished_at = now()
                     where id = ? and status not in ('DONE', 'FAILED')
                    returning work_id)
                update background_work w
                   set done = done + ?, failed = failed + ?, updated_at = now(),
                       status = case when done + failed + 1 < total then 'RUNNING'
                                     when failed + ? = total then 'FAILED'
                                     when failed + ? > 0 then 'DONE_WITH_ERRORS'
                                     else 'DONE' end,
                       finished_at = case when done + failed + 1 >= total then now() end
                  from item
                 where w.id = item.work_id
                returning w.id, w.status, w.total, w.done, w.failed""",
                (rs, row) -> new WorkProgressed(tenantId, rs.getObject(1, UUID.class),
                        WorkStatus.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                succeeded ? "DONE" : "FAILED", error == null ? null : truncate(error), itemId,
                succeeded ? 1 : 0, succeeded ? 0 : 1, succeeded ? 0 : 1, succeeded ? 0 : 1);
        return progressed.stream().findFirst();
    }

    /** Puts a failed attempt's item back in the queue, keeping its error until it succeeds. */
    public void awaitRetry(UUID itemId, String error) {
        jdbc.update("update background_work_items set status = 'QUEUED', error = ? where id = ? and status = 'RUNNING'",
                truncate(error), itemId);
    }

    /** Takes the work's failed items back into the queue; their ids, for scheduling them again. */
    public List<UUID> requeueFailed(UUID workId, UUID onlyItem) {
        List<UUID> items = jdbc.queryForList("""
                update background_work_items set status = 'QUEUED', finished_at = null
                 where work_id = ? and status = 'FAILED' and (?::uuid is null or id = ?::uuid)
                returning id""", UUID.class, workId, onlyItem, onlyItem);
        if (!items.isEmpty()) {
            jdbc.update("""
                    update background_work set failed = failed - ?, status = 'RUNNING', finished_at = null,
                                               updated_at = now()
                     where id = ?""", items.size(), workId);
        }
        return items;
    }

    public Optional<WorkProgressed> progress(UUID tenantId, UUID workId) {
        return jdbc.query("select id, status, total, done, failed from background_work where id = ?",
                (rs, row) -> new WorkProgressed(tenantId, rs.getObject(1, UUID.class),
                        WorkStatus.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5)), workId)
                .stream().findFirst();
    }

    /** Replaces the items' labels and errors, which may name a person (a CV's file name), with {@code note}. */
    public int redact(Collection<UUID> itemIds, String note) {
        return jdbc.update("""
                update background_work_items
                   set label_enc = ?, error = case when error is null then null else ? end
                 where id = any (?)
                """, cipher.seal(note).value(), note, itemIds.toArray(UUID[]::new));
    }

    public Optional<WorkSummary> find(UUID workId) {
        return jdbc.query(WORK + " where id = ?", WorkRecords::work, workId).stream().findFirst();
    }

    public List<WorkSummary> recent(boolean onlyWithFailures, int limit) {
        return jdbc.query(WORK + (onlyWithFailures ? " where failed > 0" : "") + " order by created_at desc limit ?",
                WorkRecords::work, limit);
    }

    /** Which member started the work, for checking who may see it. */
    public Optional<UUID> startedBy(UUID workId) {
        return jdbc.queryForList("select started_by from background_work where id = ?", UUID.class, workId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    public List<WorkItemSummary> items(UUID workId, boolean onlyFailed) {
        RowMapper<WorkItemSummary> item = (rs, row) -> {
            UUID id = rs.getObject(1, UUID.class);
            return new WorkItemSummary(id, workId, rs.getInt(2),
                    cipher.open(new SealedText(rs.getString(3)), new FieldRef("background work item", id, "label")),
                    WorkItemSummary.ItemStatus.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6),
                    instant(rs, 7));
        };
        return jdbc.query("""
                select id, position, label_enc, status, attempts, error, finished_at
                  from background_work_items where work_id = ?""" + (onlyFailed ? " and status = 'FAILED'" : "")
                + " order by position", item, workId);
    }

    private static WorkSummary work(ResultSet rs, int row) throws SQLException {
        return new WorkSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, UUID.class), WorkStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7),
                rs.getInt(8), rs.getString(9), instant(rs, 10), instant(rs, 11));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String error) {
        return error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
    }
}
