package dev.wecruit.imports.internal;

import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.platform.persistence.Ids;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What became of each row of an import ({@code import_batch_records}), written in batched statements on the
 * transaction's connection, so row-level security applies as everywhere.
 */
@Component
public class ImportRecords {

    public enum Outcome {
        CREATED, UPDATED, SKIPPED
    }

    /**
     * @param row the row's place among the data rows, from 1
     * @param previous for an update, the candidate's draft before it (sealed JSON)
     * @param versionAfter the candidate's version the import left
     */
    public record Entry(int row, Outcome outcome, String reason, UUID candidateId, SealedText previous,
            Long versionAfter) {
    }

    private final JdbcTemplate jdbc;

    ImportRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID tenantId, UUID batchId, List<Entry> entries) {
        jdbc.batchUpdate("""
                insert into import_batch_records (tenant_id, id, batch_id, row_number, outcome, reason, candidate_id,
                                                  previous_enc, version_after)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, 500, (statement, entry) -> {
                    statement.setObject(1, tenantId);
                    statement.setObject(2, Ids.next());
                    statement.setObject(3, batchId);
                    statement.setInt(4, entry.row());
                    statement.setString(5, entry.outcome().name());
                    statement.setString(6, entry.reason());
                    statement.setObject(7, entry.candidateId());
                    statement.setString(8, entry.previous() == null ? null : entry.previous().value());
                    statement.setObject(9, entry.versionAfter());
                });
    }

    /** The batch's records in row order. */
    public List<Entry> of(UUID batchId) {
        return jdbc.query("""
                select row_number, outcome, reason, candidate_id, previous_enc, version_after
                  from import_batch_records where batch_id = ? order by row_number""", (rs, i) -> new Entry(
                rs.getInt(1), Outcome.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getString(5) == null ? null : new SealedText(rs.getString(5)), (Long) rs.getObject(6)), batchId);
    }

    /** How many rows were created, updated and skipped so far. */
    public int[] counts(UUID batchId) {
        return jdbc.queryForObject("""
                select count(*) filter (where outcome = 'CREATED'), count(*) filter (where outcome = 'UPDATED'),
                       count(*) filter (where outcome = 'SKIPPED')
                  from import_batch_records where batch_id = ?""",
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}, batchId);
    }
}
