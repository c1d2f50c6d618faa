package dev.wecruit.platform.crypto;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Re-seals values under the active key, one batch of one table of the current firm at a time, inside the caller's
 * transaction. Rows are locked with {@code FOR NO KEY UPDATE SKIP LOCKED}: a row a user is editing is skipped and
 * picked up by a later run, inserts that reference the row are not blocked, and the record's version does not change
 * (re-encryption is not an edit). A value that cannot be opened is logged and left alone, never lost.
 */
@Component
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    /** What one batch did. */
    public record Batch(int resealed, List<UUID> unreadable) {
    }

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;
    private final List<SealedColumns> tables;

    KeyRotation(JdbcTemplate jdbc, PiiCipher cipher, List<SealedColumns> tables) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.tables = List.copyOf(tables);
    }

    /** Every table with sealed columns. */
    public List<SealedColumns> tables() {
        return tables;
    }

    /**
     * Re-seals up to {@code batchSize} rows of the table whose values are under another key version.
     *
     * @param skip rows to leave out: those found unreadable by earlier batches
     * @return how many rows were re-sealed (0 when none is left) and which could not be read
     */
    public Batch rotateBatch(SealedColumns table, int batchSize, Collection<UUID> skip) {
        List<String> columns = allColumns(table);
        String select = "select id, " + String.join(", ", columns) + " from " + table.table()
                + " where (" + staleCondition(table) + ") and id <> all(?) limit " + batchSize
                + " for no key update skip locked";
        String update = "update " + table.table() + " set "
                + columns.stream().map(column -> column + " = ?").collect(Collectors.joining(", "))
                + " where id = ?";
        int resealed = 0;
        List<UUID> unreadable = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(select, (Object) skip.toArray(UUID[]::new))) {
            UUID id = (UUID) row.get("id");
            try {
                List<Object> values = new ArrayList<>();
                for (String column : table.textColumns()) {
                    String old = (String) row.get(column);
                    SealedText resealedValue = cipher.reseal(old == null ? null : new SealedText(old),
                            new FieldRef(table.record(), id, column));
                    values.add(resealedValue == null ? null : resealedValue.value());
                }
                for (String column : table.byteColumns()) {
                    byte[] old = (byte[]) row.get(column);
                    SealedBytes resealedValue = cipher.reseal(old == null ? null : new SealedBytes(old),
                            new FieldRef(table.record(), id, column));
                    values.add(resealedValue == null ? null : resealedValue.value());
                }
                values.add(id);
                resealed += jdbc.update(update, values.toArray());
            } catch (PiiIntegrityException | IllegalArgumentException e) {
                log.error("Left {} {} under its old key: {}", table.record(), id, e.getMessage());
                unreadable.add(id);
            }
        }
        return new Batch(resealed, unreadable);
    }

    /** How many values of the current firm each key version holds, per table and column. */
    public Map<String, Map<Integer, Long>> keyVersionCounts() {
        Map<String, Map<Integer, Long>> counts = new TreeMap<>();
        for (SealedColumns table : tables) {
            for (String column : table.textColumns()) {
                counts.put(table.table() + "." + column, toMap(jdbc.queryForList(
                        "select split_part(" + column + ", '$', 1) as version, count(*) as values from "
                                + table.table() + " where " + column + " is not null group by 1")));
            }
            for (String column : table.byteColumns()) {
                counts.put(table.table() + "." + column, toMap(jdbc.queryForList(
                        "select ('x' || encode(substring(" + column + " from 1 for 4), 'hex'))::bit(32)::int::text"
                                + " as version, count(*) as values from " + table.table() + " where " + column
                                + " is not null group by 1")));
            }
        }
        return counts;
    }

    private String staleCondition(SealedColumns table) {
        int active = cipher.activeKeyVersion();
        String activeBytes = "'\\x" + HexFormat.of().formatHex(ByteBuffer.allocate(4).putInt(active).array())
                + "'::bytea";
        return Stream.concat(
                table.textColumns().stream().map(column -> "(" + column + " is not null and " + column
                        + " not like '" + active + "$%')"),
                table.byteColumns().stream().map(column -> "(" + column + " is not null and substring(" + column
                        + " from 1 for 4) <> " + activeBytes + ")"))
                .collect(Collectors.joining(" or "));
    }

    private static List<String> allColumns(SealedColumns table) {
        return Stream.concat(table.textColumns().stream(), table.byteColumns().stream()).toList();
    }

    /** Versions as stored; a label that is not a version number is counted under -1. */
    private static Map<Integer, Long> toMap(List<Map<String, Object>> rows) {
        Map<Integer, Long> result = new TreeMap<>();
        rows.forEach(row -> {
            String label = String.valueOf(row.get("version"));
            int version = label.matches("[1-9][0-9]{0,8}") ? Integer.parseInt(label) : -1;
            result.merge(version, ((Number) row.get("values")).longValue(), Long::sum);
        });
        return result;
    }
}
