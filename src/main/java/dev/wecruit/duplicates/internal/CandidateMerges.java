package dev.wecruit.duplicates.internal;

import dev.wecruit.platform.crypto.SealedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The firm's open merges ({@code candidate_merges}); row-level security keeps every statement to the firm. */
@Component
public class CandidateMerges {

    /** A stored merge, its snapshot still sealed. */
    public record Stored(UUID id, UUID survivorId, UUID retiredId, SealedText snapshot, long survivorVersionAfter,
            Instant mergedAt, UUID mergedBy, Instant unmergeUntil) {
    }

    private static final String COLUMNS = "id, survivor_id, retired_id, snapshot_enc, survivor_version_after,"
            + " merged_at, merged_by, unmerge_until";

    private final JdbcTemplate jdbc;

    CandidateMerges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID tenantId, Stored merge) {
        jdbc.update("insert into candidate_merges (tenant_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tenantId, merge.id(), merge.survivorId(), merge.retiredId(), merge.snapshot().value(),
                merge.survivorVersionAfter(), Timestamp.from(merge.mergedAt()), merge.mergedBy(),
                Timestamp.from(merge.unmergeUntil()));
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from candidate_merges where id = ?", CandidateMerges::stored, id)
                .stream().findFirst();
    }

    /** The open merges the candidate was kept or merged away in, newest first. */
    public List<Stored> of(UUID candidateId) {
        return jdbc.query("select " + COLUMNS + " from candidate_merges where survivor_id = ? or retired_id = ?"
                + " order by merged_at desc, id desc", CandidateMerges::stored, candidateId, candidateId);
    }

    /** Whether the candidate was kept in an open merge made after {@code after} (null: any). */
    public boolean keptSince(UUID survivorId, Instant after) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from candidate_merges"
                + " where survivor_id = ? and merged_at > ?)", Boolean.class, survivorId,
                Timestamp.from(after == null ? Instant.EPOCH : after)));
    }

    /** The firm's merges whose period to undo them is over. */
    public List<Stored> expired(Instant now, int limit) {
        return jdbc.query("select " + COLUMNS + " from candidate_merges where unmerge_until <= ?"
                + " order by unmerge_until, id limit ?", CandidateMerges::stored, Timestamp.from(now), limit);
    }

    public void delete(UUID id) {
        jdbc.update("delete from candidate_merges where id = ?", id);
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getObject("id", UUID.class), rs.getObject("survivor_id", UUID.class),
                rs.getObject("retired_id", UUID.class), new SealedText(rs.getString("snapshot_enc")),
                rs.getLong("survivor_version_after"), rs.getTimestamp("merged_at").toInstant(),
                rs.getObject("merged_by", UUID.class), rs.getTimestamp("unmerge_until").toInstant());
    }
}
