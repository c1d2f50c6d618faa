package dev.wecruit.privacy;

import dev.wecruit.TenantTables;
import dev.wecruit.platform.crypto.FieldRef;
import dev.wecruit.platform.crypto.PiiCipher;
import dev.wecruit.platform.crypto.SealedBytes;
import dev.wecruit.platform.crypto.SealedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks for a person in every column of every table the current firm can see (row-level security applies; the
 * global tables are whole): text, JSON, arrays and bytea, with sealed values opened first, and uuid columns for the
 * ids and blind-index terms that would still point at them. A table or column added later is scanned without a
 * change here.
 */
final class TraceScan {

    private static final Pattern SEALED_TEXT = Pattern.compile("^[1-9][0-9]{0,8}\\$[A-Za-z0-9+/=]+$");

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;

    TraceScan(JdbcTemplate jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Every "table.column: what" where one of the strings or ids is found; empty when there is no trace. */
    List<String> tracesOf(Collection<String> strings, Collection<UUID> ids) {
        // an id written into text (an audit entry's subject, a JSON payload) is a trace too
        List<String> needles = java.util.stream.Stream.concat(strings.stream(), ids.stream().map(UUID::toString))
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        List<String> traces = new ArrayList<>();
        for (String table : TenantTables.allTables(jdbc)) {
            String schema = table.contains(".") ? table.substring(0, table.indexOf('.')) : "public";
            String name = table.contains(".") ? table.substring(table.indexOf('.') + 1) : table;
            List<Map<String, Object>> columns = jdbc.queryForList("""
                    select column_name, data_type, udt_name from information_schema.columns
                     where table_schema = ? and table_name = ? order by ordinal_position
                    """, schema, name);
            for (Map<String, Object> column : columns) {
                String col = (String) column.get("column_name");
                String type = (String) column.get("data_type");
                String udt = (String) column.get("udt_name");
                String quoted = "\"" + col + "\"";
                String from = table.contains(".") ? table : "\"" + table + "\"";
                if (type.equals("uuid") || udt.equals("_uuid")) {
                    for (UUID id : ids) {
                        Long hits = jdbc.queryForObject("select count(*) from " + from + " where " + quoted
                                + (udt.equals("_uuid") ? " @> array[?::uuid]" : " = ?::uuid"), Long.class,
                                id.toString());
                        if (hits != null && hits > 0) {
                            traces.add(table + "." + col + ": id " + id);
                        }
                    }
                } else if (type.equals("bytea")) {
                    jdbc.query("select " + quoted + " from " + from + " where " + quoted + " is not null", rs -> {
                        byte[] value = rs.getBytes(1);
                        find(traces, table, col, needles, new String(value, StandardCharsets.UTF_8));
                        opened(value).ifPresent(plain -> find(traces, table, col, needles, plain));
                    });
                } else if (isTextual(type, udt)) {
                    jdbc.query("select " + quoted + "::text from " + from + " where " + quoted + " is not null",
                            rs -> {
                                String value = rs.getString(1);
                                find(traces, table, col, needles, value);
                                if (SEALED_TEXT.matcher(value).matches()) {
                                    find(traces, table, col, needles, cipher.open(new SealedText(value),
                                            new FieldRef(table, new UUID(0, 0), col)));
                                }
                            });
                }
            }
        }
        return traces;
    }

    /** A sealed value opened, and a ZIP (a subject-access export) read entry by entry; empty when not sealed. */
    private java.util.Optional<String> opened(byte[] value) {
        byte[] plain;
        try {
            plain = cipher.open(new SealedBytes(value), new FieldRef("scan", new UUID(0, 0), "bytes"));
        } catch (RuntimeException notSealed) {
            return java.util.Optional.empty();
        }
        if (plain.length > 4 && plain[0] == 'P' && plain[1] == 'K' && plain[2] == 3 && plain[3] == 4) {
            var text = new StringBuilder();
            try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(plain))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    text.append(entry.getName()).append('\n')
                            .append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return java.util.Optional.of(text.toString());
        }
        return java.util.Optional.of(new String(plain, StandardCharsets.UTF_8));
    }

    private static boolean isTextual(String type, String udt) {
        return type.equals("text") || type.equals("character varying") || type.equals("character")
                || type.equals("json") || type.equals("jsonb") || type.equals("tsvector")
                || (type.equals("ARRAY") && !udt.equals("_uuid"));
    }

    private static void find(List<String> traces, String table, String column, List<String> needles, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String needle : needles) {
            if (lower.contains(needle)) {
                traces.add(table + "." + column + ": " + needle);
            }
        }
    }
}
