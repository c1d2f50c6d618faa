package dev.wecruit.imports.internal;

import dev.wecruit.platform.crypto.SealedText;
import dev.wecruit.platform.persistence.Ids;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an import of companies or jobs created or updated ({@code import_batch_changes}), one line per record: a row
 * of a company with a contact can touch both. Written on the transaction's connection, under row-level security.
 */
@Component
public class ImportChanges {

    public enum Entity {
        COMPANY, CONTACT, JOB
    }

    public enum Action {
        CREATED, UPDATED
    }

    /**
     * @param row the row's place among the data rows, from 1
     * @param previous for an update, the record's draft before it (sealed JSON); null once swept
     * @param versionAfter the record's version the import left
     */
    public record Change(int row, Entity entity, UUID entityId, Action action, SealedText previous,
            long versionAfter) {
    }

    private final JdbcTemplate jdbc;

    ImportChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID tenantId, UUID batchId, List<Change> changes) {
        jdbc.batchUpdate("""
                insert into import_batch_changes (tenant_id, id, batch_id, row_number, entity, entity_id, action,
                                                  previous_enc, version_after)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", changes, 500, (statement, change) -> {
                    statement.setObject(1, tenantId);
                    statement.setObject(2, Ids.next());
                    statement.setObject(3, batchId);
                    statement.setInt(4, change.row());
                    statement.setString(5, change.entity().name());
                    statement.setObject(6, change.entityId());
                    statement.setString(7, change.action().name());
                    statement.setString(8, change.previous() == null ? null : change.previous().value());
                    statement.setLong(9, change.versionAfter());
                });
    }

    /** The batch's changes, last row first and, within a row, contacts before their company: the order of undo. */
    public List<Change> forUndo(UUID batchId) {
        return jdbc.query("""
                select row_number, entity, entity_id, action, previous_enc, version_after
                  from import_batch_changes where batch_id = ?
                 order by row_number desc, case entity when 'CONTACT' then 0 when 'JOB' then 1 else 2 end""",
                (rs, i) -> new Change(rs.getInt(1), Entity.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                        Action.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : new SealedText(rs.getString(5)), rs.getLong(6)), batchId);
    }

    /** The records the batch has created or updated so far: a later chunk leaves their values as they are. */
    public Set<UUID> touched(UUID batchId) {
        return new HashSet<>(jdbc.queryForList("select entity_id from import_batch_changes where batch_id = ?",
                UUID.class, batchId));
    }
}
