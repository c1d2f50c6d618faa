package dev.wecruit.platform.crypto;

import java.util.List;

/**
 * The sealed columns of one table, declared as a bean by the feature that owns the table, so that key rotation can
 * re-seal every value without knowing any feature.
 *
 * @param record the kind of record, for error messages ({@code candidate})
 * @param table the table, with {@code tenant_id} and {@code id} columns
 * @param textColumns columns holding {@link SealedText}
 * @param byteColumns columns holding {@link SealedBytes}
 */
public record SealedColumns(String record, String table, List<String> textColumns, List<String> byteColumns) {

    public SealedColumns {
        textColumns = List.copyOf(textColumns);
        byteColumns = List.copyOf(byteColumns);
    }
}
