package dev.wecruit.platform.crypto;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Re-seals values under the active key, one batch of one table of the current firm at a time, inside the caller's
 * transaction. Each row is written back only if its sealed values are still the ones read (compare-and-set), so a
 * user's concurrent edit always wins and the record's version does not change: re-encryption is not an edit.
 */
@Component
public class KeyRotation {

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
     * Re-seals up to {@code batchSize} rows of the table whose values are under an older key. Rows locked by
     * another transaction are skipped and picked up by a later batch.
     *
     * @return how many rows were re-sealed; 0 when none is left
     */
    public int rotateBatch(SealedColumns table, int batchSize) {
        List<String> columns = allColumns(table);
        String select = "select id, " + String.join(", ", columns) + " from " + table.table()
                + " where " + staleCondition(table) + " limit " + batchSize + " for update skip locked";
        List<Map<String, Object>> rows = jdbc.queryForList(select);
        int rotated = 0;
        for (Map<String, Object> row : rows) {
            UUID id = (UUID) row.get("id");
            List<Object> newValues = new ArrayList<>();
            List<Object> oldValues = new ArrayList<>();
            for (String column : table.textColumns()) {
                String old = (String) row.get(column);
                SealedText resealed = cipher.reseal(old == null ? null : new SealedText(old),
                        new FieldRef(table.record(), id, column));
                newValues.add(resealed == null ? null : resealed.value());
                oldValues.add(old);
            }
            for (String column : table.byteColumns()) {
                byte[] old = (byte[]) row.get(column);
                SealedBytes resealed = cipher.reseal(old == null ? null : new SealedBytes(old),
                        new FieldRef(table.record(), id, column));
                newValues.add(resealed == null ? null : resealed.value());
                oldValues.add(old);
            }
            String update = "update " + table.table() + " set "
                    + columns.stream().map(column -> column + " = ?").collect(Collectors.joining(", "))
                    + " where id = ? and "
                    + columns.stream().map(column -> column + " is not distinct from ?")
                            .collect(Collectors.joining(" and "));
            List<Object> arguments = new ArrayList<>(newValues);
            arguments.add(id);
            arguments.addAll(oldValues);
            rotated += jdbc.update(update, arguments.toArray());
        }
        return rotated;
    }

    /** How many values of the current firm each key version holds, per table and column. */
    public Map<String, Map<Integer, Long>> keyVersionCounts() {
        Map<String, Map<Integer, Long>> counts = new TreeMap<>();
        for (SealedColumns table : tables) {
            for (String column : table.textColumns()) {
                counts.put(table.table() + "." + column, toMap(jdbc.queryForList(
                        "select split_part(" + column + ", '$', 1)::int as version, count(*) as values from "
                                + table.table() + " where " + column + " is not null group by 1")));
            }
            for (String column : table.byteColumns()) {
                counts.put(table.table() + "." + column, toMap(jdbc.queryForList(
                        "select ('x' || encode(substring(" + column + " from 1 for 4), 'hex'))::bit(32)::int as version,"
                                + " count(*) as values from " + table.table() + " where " + column
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

    private static Map<Integer, Long> toMap(List<Map<String, Object>> rows) {
        Map<Integer, Long> result = new TreeMap<>();
        rows.forEach(row -> result.put(((Number) row.get("version")).intValue(), ((Number) row.get("values")).longValue()));
        return result;
    }
}
